package org.pagelab.engine.trace.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

import org.pagelab.engine.ProgressMonitor;
import org.pagelab.engine.trace.ByteInterner;
import org.pagelab.engine.trace.FieldValue;
import org.pagelab.engine.trace.MmKind;
import org.pagelab.engine.trace.PageFlags;
import org.pagelab.engine.trace.Problem;
import org.pagelab.engine.trace.Trace;
import org.pagelab.engine.trace.TraceBuilder;
import org.pagelab.engine.trace.TraceFormat;

/**
 * Loads text traces (tracefs, latency format, trace-cmd report, mail,
 * Pagelab counterexamples) by streaming the file through a fixed buffer:
 * memory use does not depend on the file size beyond the store itself. Per
 * line it parses the task, pid, CPU, timestamp and event name, and scans the
 * payload only for the fields that key pages and mms; everything else is
 * re-read from the file when an event is displayed ({@link TextEventSource}).
 */
public final class TextTraceReader {
    static final int BUFFER = 8 << 20;
    /** Longer lines are reported and skipped. */
    static final int MAX_LINE = 1 << 20;
    /** A line-number checkpoint every this many lines (8 bytes per 64 lines; a lookup scans at most 64 lines). */
    static final int CHECKPOINT_LINES = 64;

    private TextTraceReader() {
    }

    /** Reads file (already detected as the text format {@code format}). */
    public static Trace read(Path file, TraceFormat format, ProgressMonitor monitor) throws IOException {
        long t0 = System.nanoTime();
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        boolean ok = false;
        try {
            long size = ch.size();
            monitor.begin("Loading " + file.getFileName(), size);
            long[] cuts = segments(ch, size, format);
            int n = cuts.length - 1;
            Loader[] loaders = new Loader[n];
            for (int k = 0; k < n; k++) {
                loaders[k] = new Loader(new TraceBuilder(file, format), format);
            }
            if (n == 1) {
                loaders[0].run(ch, 0, size, monitor::worked, monitor);
            } else {
                runParallel(ch, cuts, loaders, monitor);
            }
            long tParsed = System.nanoTime();
            // join the segments: line numbers and checkpoints continue from the segment before
            TraceBuilder tb = loaders[0].tb;
            long lines = loaders[0].lineNo;
            long skipped = loaders[0].skipped;
            long[] firstLines = new long[n];
            long[][] checkpoints = new long[n][];
            for (int k = 0; k < n; k++) {
                firstLines[k] = k == 0 ? 1 : lines + 1;
                checkpoints[k] = Arrays.copyOf(loaders[k].checkpoints, loaders[k].checkpointCount);
                if (k > 0) {
                    tb.append(loaders[k].tb, lines);
                    lines += loaders[k].lineNo;
                    skipped += loaders[k].skipped;
                    loaders[k] = null;
                }
            }
            if (skipped > 0) {
                tb.meta("skipped_lines", Long.toString(skipped));
            }
            if (tb.hasUnresolvedPagePointers()) {
                Loader learn = new Loader(tb, format);
                learn.learnOnly = true;
                monitor.subTask("resolving page pointers");
                learn.run(ch, 0, size, x -> { }, monitor);
            }
            TextEventSource src = new TextEventSource(ch, format, Arrays.copyOf(cuts, n), firstLines, checkpoints);
            long tJoined = System.nanoTime();
            Trace t = tb.build(src, monitor, size, t0);
            if (Boolean.getBoolean("pagelab.trace.timing")) {
                System.err.printf("trace load: %d segment(s), parse %d ms, join %d ms, index %d ms%n", n,
                        (tParsed - t0) / 1_000_000, (tJoined - tParsed) / 1_000_000,
                        (System.nanoTime() - tJoined) / 1_000_000);
            }
            ok = true;
            return t;
        } finally {
            if (!ok) {
                ch.close();
            }
            monitor.done();
        }
    }

    /**
     * Files from this size on are parsed in parallel segments (one per core,
     * at most 4) on machines with at least 4 cores: on 2 cores measurements
     * showed one parsing thread (with the index building on the other core)
     * loading a 1 GB trace twice as fast as two segments, whose joining and
     * extra garbage cost more than they gain. The system property
     * pagelab.trace.parallelFrom (bytes) overrides the size and the core
     * count rule (tests use small values).
     */
    static long parallelFrom() {
        String forced = System.getProperty("pagelab.trace.parallelFrom");
        if (forced != null) {
            return Long.getLong("pagelab.trace.parallelFrom", Long.MAX_VALUE);
        }
        return Runtime.getRuntime().availableProcessors() >= 4 ? 32L << 20 : Long.MAX_VALUE;
    }

    /** Segment boundaries: 0, line starts near k * size / n, size. */
    private static long[] segments(FileChannel ch, long size, TraceFormat format) throws IOException {
        int cores = Runtime.getRuntime().availableProcessors();
        if (size < parallelFrom() || cores < 2 || format == TraceFormat.MAIL) {
            return new long[] {0, size};
        }
        int n = Math.min(4, Math.max(2, cores));
        long[] cuts = new long[n + 1];
        byte[] b = new byte[64 * 1024];
        int m = 1;
        for (int k = 1; k < n; k++) {
            long at = size * k / n;
            long cut = -1;
            for (long pos = at; pos < size && cut < 0 && pos < at + (TextTraceReader.MAX_LINE << 1); pos += b.length) {
                int r = ch.read(ByteBuffer.wrap(b), pos);
                if (r <= 0) {
                    break;
                }
                int nl = Loader.indexOfNewline(b, 0, r);
                if (nl >= 0) {
                    cut = pos + nl + 1;
                }
            }
            if (cut > cuts[m - 1] && cut < size) {
                cuts[m++] = cut;
            }
        }
        cuts[m] = size;
        return Arrays.copyOf(cuts, m + 1);
    }

    /** Runs the loaders on their segments in threads; progress and cancellation through this thread. */
    private static void runParallel(FileChannel ch, long[] cuts, Loader[] loaders, ProgressMonitor monitor)
            throws IOException {
        int n = loaders.length;
        java.util.concurrent.atomic.AtomicLongArray done = new java.util.concurrent.atomic.AtomicLongArray(n);
        java.util.concurrent.atomic.AtomicBoolean cancel = new java.util.concurrent.atomic.AtomicBoolean();
        ProgressMonitor inner = ProgressMonitor.cancelWhen(cancel::get);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "pagelab trace parser");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<?>> futures = new java.util.ArrayList<>();
            for (int k = 0; k < n; k++) {
                int seg = k;
                futures.add(pool.submit(() -> {
                    loaders[seg].run(ch, cuts[seg], cuts[seg + 1], x -> done.set(seg, x - cuts[seg]), inner);
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : futures) {
                while (true) {
                    try {
                        f.get(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                        break;
                    } catch (java.util.concurrent.TimeoutException e) {
                        long sum = 0;
                        for (int k = 0; k < n; k++) {
                            sum += done.get(k);
                        }
                        monitor.worked(sum);
                        if (monitor.isCanceled()) {
                            cancel.set(true);
                        }
                    }
                }
            }
        } catch (InterruptedException e) {
            cancel.set(true);
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IOException(c);
        } finally {
            cancel.set(true);
            pool.shutdown();
        }
        monitor.checkCanceled();
    }

    /** Field names that key events to pages and mms, scanned on every line of the types that have them. */
    static final String[] KEYS = {"pfn=", "fin_pfn=", "old_pfn=", "new_pfn=", "src_pfn=", "dst_pfn=", "scan_pfn=",
        "page=", "folio=", "mm_id=", "mm="};
    static final int PFN_KEYS = 7; // KEYS[0..7) are pfns
    static final int PAGE = 7;
    static final int FOLIO = 8;
    static final int MM_ID = 9;
    static final int MM = 10;
    private static final byte[][] KEY_BYTES = new byte[KEYS.length][];

    static {
        for (int i = 0; i < KEYS.length; i++) {
            KEY_BYTES[i] = KEYS[i].getBytes(StandardCharsets.US_ASCII);
        }
    }

    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles
            .byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /** Hex digit values of bytes, -1 for others. */
    private static final byte[] HEX = new byte[256];

    static {
        java.util.Arrays.fill(HEX, (byte) -1);
        for (int c = '0'; c <= '9'; c++) {
            HEX[c] = (byte) (c - '0');
        }
        for (int c = 'a'; c <= 'f'; c++) {
            HEX[c] = (byte) (c - 'a' + 10);
            HEX[c - 'a' + 'A'] = (byte) (c - 'a' + 10);
        }
    }

    static final class Loader {
        // direct-mapped caches: most lines repeat a few event names and tasks
        private final int[] nameHash = new int[256];
        private final int[] nameType = new int[256];
        private final byte[][] nameBytes = new byte[256][];
        private final int[] commPid = new int[1024];
        private final int[] commHash = new int[1024];
        private final int[] commLen = new int[1024];
        {
            java.util.Arrays.fill(commLen, -1);
        }

        final TraceBuilder tb;
        final TraceFormat format;
        final boolean mail;
        final LineParser p = new LineParser();
        long lineNo;
        long[] checkpoints = new long[64];
        int checkpointCount;
        boolean attachable;
        boolean orphanNoted;
        int[] typeSpec = new int[64];
        boolean layoutGuessed;
        int stackLinesSeen;
        long skipped;
        final byte[] scratch = new byte[256];
        int rssStat = -2;

        Loader(TraceBuilder tb, TraceFormat format) {
            this.tb = tb;
            this.format = format;
            this.mail = format == TraceFormat.MAIL;
            Arrays.fill(typeSpec, -1);
        }

        /**
         * Parses the lines of [start, end) (start at a line start; end at a
         * line start or the end of the file). Line numbers count from 1 at
         * start; locators are file offsets.
         */
        void run(FileChannel ch, long start, long end, java.util.function.LongConsumer progress,
                ProgressMonitor monitor) throws IOException {
            byte[] buf = new byte[(int) Math.min(BUFFER, Math.max(4096, end - start + 1))];
            ByteBuffer bb = ByteBuffer.wrap(buf);
            long filePos = start; // file offset of buf[0]
            int filled = 0;
            boolean eof = false;
            boolean skippingLongLine = false;
            while (!eof || filled > 0) {
                if (!eof && filled < buf.length) {
                    int want = (int) Math.min(buf.length - filled, end - (filePos + filled));
                    int r = want <= 0 ? -1 : ch.read(bb.limit(filled + want).position(filled), filePos + filled);
                    if (r < 0) {
                        eof = true;
                    } else {
                        filled += r;
                    }
                }
                int s = 0;
                while (true) {
                    int nl = indexOfNewline(buf, s, filled);
                    if (nl < 0) {
                        break;
                    }
                    if (skippingLongLine) {
                        skippingLongLine = false;
                    } else {
                        line(buf, s, nl, filePos + s, true);
                    }
                    s = nl + 1;
                }
                if (eof && s < filled) {
                    if (!skippingLongLine) {
                        line(buf, s, filled, filePos + s, false); // last line without a newline
                    }
                    s = filled;
                }
                if (s == 0 && filled == buf.length) {
                    // a line longer than the buffer
                    if (!skippingLongLine) {
                        lineNo++;
                        tb.problem(new Problem(Problem.Kind.UNPARSED, lineNo, filePos, "line longer than "
                                + buf.length + " bytes", excerpt(buf, 0, Math.min(80, filled))));
                        skippingLongLine = true;
                    }
                    s = filled;
                }
                System.arraycopy(buf, s, buf, 0, filled - s);
                filePos += s;
                filled -= s;
                progress.accept(filePos);
                monitor.checkCanceled();
                if (eof && filled == 0) {
                    break;
                }
            }
        }

        /** Index of the next '\n' in b[from, to), or -1; eight bytes at a time. */
        static int indexOfNewline(byte[] b, int from, int to) {
            int i = from;
            for (; i + 8 <= to; i += 8) {
                long x = (long) LONGS.get(b, i) ^ 0x0A0A0A0A0A0A0A0AL;
                long t = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
                if (t != 0) {
                    return i + (Long.numberOfTrailingZeros(t) >>> 3);
                }
            }
            for (; i < to; i++) {
                if (b[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        void line(byte[] b, int s, int e, long offset, boolean terminated) {
            if (learnOnly) {
                int c = mail ? TextLines.stripQuotes(b, s, e) : s;
                if (p.parse(b, c, e) == LineParser.EVENT && p.nameForm == LineParser.NAME_PLAIN) {
                    int type = cachedType(b);
                    if (type >= typeSpec.length) {
                        int old = typeSpec.length;
                        typeSpec = Arrays.copyOf(typeSpec, Math.max(type + 1, old * 2));
                        Arrays.fill(typeSpec, old, typeSpec.length, -1);
                    }
                    int spec = typeSpec[type] < 0 ? (typeSpec[type] = learnSpec(b, type)) : typeSpec[type];
                    if ((spec & 1) != 0 && (spec & ((1 << PAGE) | (1 << FOLIO))) != 0) {
                        learn(b, spec);
                    }
                }
                return;
            }
            lineNo++;
            if (((lineNo - 1) & (CHECKPOINT_LINES - 1)) == 0) {
                if (checkpointCount == checkpoints.length) {
                    checkpoints = Arrays.copyOf(checkpoints, checkpointCount * 2);
                }
                checkpoints[checkpointCount++] = offset;
            }
            int c = mail ? TextLines.stripQuotes(b, s, e) : s;
            int kind = p.parse(b, c, e);
            switch (kind) {
                case LineParser.EVENT:
                    event(b, offset);
                    attachable = true;
                    if (!terminated) {
                        tb.problem(new Problem(Problem.Kind.TRUNCATED, lineNo, offset, "the file does not end with a "
                                + "newline: this last event may be cut", excerpt(b, s, e)));
                    }
                    return;
                case LineParser.STACK:
                    stack(b, c, e, offset);
                    return;
                case LineParser.COMMENT:
                    header(b, c, e);
                    attachable = false;
                    return;
                case LineParser.BLANK:
                    attachable = false;
                    return;
                case LineParser.LOST:
                    tb.problem(new Problem(Problem.Kind.LOST_EVENTS, lineNo, offset, "CPU " + p.cpu + " lost "
                            + (p.lostEvents < 0 ? "some" : Long.toString(p.lostEvents)) + " events here", ""));
                    attachable = false;
                    return;
                default:
                    break;
            }
            attachable = false;
            if (format == TraceFormat.TRACE_CMD_REPORT && reportHeader(b, c, e)) {
                return;
            }
            if (mail && (kind == LineParser.NOT_TRACE || TextLines.isSnip(b, c, e))) {
                skipped++;
                return;
            }
            if (!terminated && kind == LineParser.BROKEN) {
                tb.problem(new Problem(Problem.Kind.TRUNCATED, lineNo, offset,
                        "the file ends inside this line (" + p.error + ")", excerpt(b, s, e)));
                tb.problem(new Problem(Problem.Kind.UNPARSED, lineNo, offset, p.error, excerpt(b, s, e)));
                return;
            }
            String why = kind == LineParser.NOT_TRACE ? "not a trace line" : p.error;
            tb.problem(new Problem(Problem.Kind.UNPARSED, lineNo, offset, why, excerpt(b, s, e)));
        }

        private void event(byte[] b, long offset) {
            int type;
            switch (p.nameForm) {
                case LineParser.NAME_SYS_ENTER:
                case LineParser.NAME_SYS_EXIT: {
                    String prefix = p.nameForm == LineParser.NAME_SYS_ENTER ? "sys_enter_" : "sys_exit_";
                    int n = p.nameEnd - p.nameStart - 4;
                    if (n + prefix.length() > scratch.length) {
                        tb.problem(new Problem(Problem.Kind.UNPARSED, lineNo, offset, "syscall name too long", ""));
                        return;
                    }
                    for (int i = 0; i < prefix.length(); i++) {
                        scratch[i] = (byte) prefix.charAt(i);
                    }
                    System.arraycopy(b, p.nameStart + 4, scratch, prefix.length(), n);
                    type = tb.type(scratch, 0, prefix.length() + n, ByteInterner.hash(scratch, 0, prefix.length() + n));
                    break;
                }
                case LineParser.NAME_FUNCTION:
                    type = tb.type("function");
                    break;
                case LineParser.NAME_KERNEL_STACK:
                    type = tb.type("kernel_stack");
                    break;
                case LineParser.NAME_USER_STACK:
                    type = tb.type("user_stack");
                    break;
                default:
                    type = cachedType(b);
            }
            int idx = tb.add(p.ts, p.cpu, p.pid, type, offset);
            if (p.commEnd > p.commStart && !(p.commEnd - p.commStart == 5 && b[p.commStart] == '<'
                    && b[p.commStart + 1] == '.')) {
                comm(b, idx);
            }
            if (type >= typeSpec.length) {
                int old = typeSpec.length;
                typeSpec = Arrays.copyOf(typeSpec, Math.max(type + 1, old * 2));
                Arrays.fill(typeSpec, old, typeSpec.length, -1);
            }
            int spec = typeSpec[type];
            if (spec < 0) {
                spec = typeSpec[type] = learnSpec(b, type);
            }
            if (spec != 0) {
                keys(b, spec, idx, type);
            }
        }

        private int cachedType(byte[] b) {
            int h = p.nameHash;
            int slot = (h ^ (h >>> 16)) & 255;
            int len = p.nameEnd - p.nameStart;
            byte[] nb = nameBytes[slot];
            if (nb != null && nameHash[slot] == h && nb.length == len) {
                int i = 0;
                while (i < len && nb[i] == b[p.nameStart + i]) {
                    i++;
                }
                if (i == len) {
                    return nameType[slot];
                }
            }
            int type = tb.type(b, p.nameStart, p.nameEnd, h);
            nameHash[slot] = h;
            nameType[slot] = type;
            nameBytes[slot] = java.util.Arrays.copyOfRange(b, p.nameStart, p.nameEnd);
            return type;
        }

        /** Records the task name of the line's pid when it differs from the last one seen for that pid. */
        private void comm(byte[] b, int idx) {
            int len = p.commEnd - p.commStart;
            int h = 1;
            for (int i = p.commStart; i < p.commEnd; i++) {
                h = 31 * h + b[i];
            }
            int slot = p.pid & 1023;
            if (commPid[slot] == p.pid && commHash[slot] == h && commLen[slot] == len) {
                return;
            }
            tb.comm(p.pid, tb.commId(b, p.commStart, p.commEnd), idx);
            commPid[slot] = p.pid;
            commHash[slot] = h;
            commLen[slot] = len;
        }

        /** Which key fields events of this type print, from the first one seen. */
        private int learnSpec(byte[] b, int type) {
            if (p.nameForm != LineParser.NAME_PLAIN) {
                return 0;
            }
            int spec = 0;
            for (int k = 0; k < KEYS.length; k++) {
                if (find(b, p.payloadStart, p.payloadEnd, KEY_BYTES[k]) >= 0) {
                    spec |= 1 << k;
                }
            }
            if (tb.typeName(type).equals("rss_stat")) {
                rssStat = type;
            }
            return spec;
        }

        /** Per type and key: where the key's value was in the last payload of that type (+1; 0 unknown). */
        private int[] keyAt = new int[64 * KEYS.length];

        /** Like find, but first tries where the key was in the previous event of this type (fixed layouts). */
        private int findKey(byte[] b, int type, int k) {
            int slot = type * KEYS.length + k;
            if (slot >= keyAt.length) {
                keyAt = Arrays.copyOf(keyAt, Math.max(slot + 1, keyAt.length * 2));
            }
            int at = keyAt[slot] - 1;
            byte[] key = KEY_BYTES[k];
            if (at >= key.length) {
                int s = p.payloadStart + at - key.length;
                if (s + key.length <= p.payloadEnd && (s == p.payloadStart || b[s - 1] == ' ' || b[s - 1] == ',')) {
                    int j = 0;
                    while (j < key.length && b[s + j] == key[j]) {
                        j++;
                    }
                    if (j == key.length) {
                        return s + key.length;
                    }
                }
            }
            int v = find(b, p.payloadStart, p.payloadEnd, key);
            if (v >= 0) {
                keyAt[slot] = v - p.payloadStart + 1;
            }
            return v;
        }

        private void keys(byte[] b, int spec, int idx, int type) {
            if (learnOnly) {
                learn(b, spec);
                return;
            }
            long pfn = -1;
            for (int k = 0; k < PFN_KEYS; k++) {
                if ((spec & (1 << k)) != 0) {
                    int v = findKey(b, type, k);
                    if (v >= 0) {
                        long x = number(b, v, p.payloadEnd, false);
                        if (x >= 0) {
                            tb.pfn(idx, x);
                            if (k == 0) {
                                pfn = x;
                            }
                        }
                    }
                }
            }
            for (int k = PAGE; k <= FOLIO && pfn < 0; k++) {
                // a pointer with no pfn beside it: resolved after loading (see learn)
                if ((spec & (1 << k)) != 0) {
                    int v = find(b, p.payloadStart, p.payloadEnd, KEY_BYTES[k]);
                    long ptr = v < 0 ? 0 : number(b, v, p.payloadEnd, true);
                    if (ptr != 0 && ptr != -1) {
                        tb.pagePointer(idx, ptr);
                    }
                }
            }
            if ((spec & (1 << MM_ID)) != 0) {
                int v = findKey(b, type, MM_ID);
                long id = v < 0 ? -1 : number(b, v, p.payloadEnd, false);
                if (id >= 0) {
                    tb.mm(idx, MmKind.MM_ID, id);
                    if (type == rssStat) {
                        int c = find(b, p.payloadStart, p.payloadEnd, CURR);
                        if (c >= 0 && c < p.payloadEnd && b[c] == '1') {
                            tb.pidUsesMm(p.pid, MmKind.MM_ID, id);
                        }
                    }
                }
            }
            if ((spec & (1 << MM)) != 0) {
                int v = find(b, p.payloadStart, p.payloadEnd, KEY_BYTES[MM]);
                long mm = v < 0 ? 0 : number(b, v, p.payloadEnd, true);
                if (mm != 0 && mm != -1) {
                    tb.mm(idx, MmKind.MM_POINTER, mm);
                }
            }
        }

        private static final byte[] CURR = "curr=".getBytes(StandardCharsets.US_ASCII);

        /**
         * Set for the second pass that runs only when some events named a
         * page by pointer alone: it learns pointer -> pfn from the events that
         * print both, and adds nothing else.
         */
        boolean learnOnly;

        private void learn(byte[] b, int spec) {
            int pv = (spec & 1) == 0 ? -1 : find(b, p.payloadStart, p.payloadEnd, KEY_BYTES[0]);
            long pfn = pv < 0 ? -1 : number(b, pv, p.payloadEnd, false);
            if (pfn < 0) {
                return;
            }
            for (int k = PAGE; k <= FOLIO; k++) {
                if ((spec & (1 << k)) != 0) {
                    int v = find(b, p.payloadStart, p.payloadEnd, KEY_BYTES[k]);
                    long ptr = v < 0 ? 0 : number(b, v, p.payloadEnd, true);
                    if (ptr != 0 && ptr != -1) {
                        tb.learnPagePointer(ptr, pfn);
                    }
                }
            }
        }

        /** Position after "key" where it starts a word in b[s,e), or -1. */
        static int find(byte[] b, int s, int e, byte[] key) {
            int n = key.length;
            byte k0 = key[0];
            for (int i = s; i + n <= e; i++) {
                if (b[i] == k0 && (i == s || b[i - 1] == ' ' || b[i - 1] == ',' || b[i - 1] == '(')) {
                    int j = 1;
                    while (j < n && b[i + j] == key[j]) {
                        j++;
                    }
                    if (j == n) {
                        return i + n;
                    }
                }
            }
            return -1;
        }

        /**
         * A number at b[v..): "0x.." hex; else decimal, or hex digits when
         * {@code hex} (pointers print as %p: 16 hex digits, no 0x). -1 if none.
         */
        static long number(byte[] b, int v, int e, boolean hex) {
            if (v + 1 < e && b[v] == '0' && (b[v + 1] == 'x' || b[v + 1] == 'X')) {
                v += 2;
                hex = true;
            }
            long x = 0;
            int digits = 0;
            for (int i = v; i < e; i++) {
                int d = HEX[b[i] & 0xFF];
                if (d < 0 || (!hex && d > 9)) {
                    break;
                }
                x = hex ? (x << 4) | d : x * 10 + d;
                if (++digits > (hex ? 16 : 18)) {
                    return -1;
                }
            }
            return digits == 0 ? -1 : x;
        }

        private void stack(byte[] b, int s, int e, long offset) {
            if (!attachable && !orphanNoted) {
                orphanNoted = true;
                tb.problem(new Problem(Problem.Kind.NOTE, lineNo, offset,
                        "stack lines with no event before them (the event was cut)", excerpt(b, s, e)));
            }
            if (!layoutGuessed && stackLinesSeen++ < 1000) {
                String layout = PageFlags.guessLayout(TextLines.stackFrame(b, s, e));
                if (layout != null) {
                    layoutGuessed = true;
                    tb.meta("page_flags_layout", layout);
                }
            }
        }

        private void header(byte[] b, int s, int e) {
            String h = new String(b, s, e - s, StandardCharsets.UTF_8).trim();
            if (h.startsWith("# pagelab-counterexample")) {
                tb.meta("pagelab-counterexample", h.substring(24).trim());
                return;
            }
            if (format == TraceFormat.COUNTEREXAMPLE) {
                int colon = h.indexOf(':');
                if (colon > 2) {
                    String key = h.substring(1, colon).trim();
                    if (FieldValue.parse(key).kind() == FieldValue.Kind.SYMBOL) {
                        tb.meta(key, h.substring(colon + 1).trim());
                        return;
                    }
                }
            }
            if (h.startsWith("# tracer:")) {
                tb.meta("tracer", h.substring(9).trim());
            } else if (h.contains("latency trace v")) {
                tb.meta("latency_header", h.substring(1).trim());
            }
            int pp = h.indexOf("#P:");
            if (pp >= 0) {
                int n = 0;
                int i = pp + 3;
                while (i < h.length() && Character.isDigit(h.charAt(i)) && n < 100_000) {
                    n = n * 10 + (h.charAt(i++) - '0');
                }
                if (n > 0) {
                    tb.claimedCpus(n);
                }
            }
            int en = h.indexOf("entries-in-buffer/entries-written:");
            if (en >= 0) {
                String rest = h.substring(en + 35).trim();
                int sp = rest.indexOf(' ');
                tb.meta("entries", sp < 0 ? rest : rest.substring(0, sp));
            }
        }

        private boolean reportHeader(byte[] b, int s, int e) {
            String h = new String(b, s, e - s, StandardCharsets.UTF_8).trim();
            if (h.startsWith("cpus=")) {
                try {
                    tb.claimedCpus(Integer.parseInt(h.substring(5).trim()));
                    return true;
                } catch (NumberFormatException x) {
                    return false;
                }
            }
            if (h.matches("version = \\d+")) {
                tb.meta("trace_dat_version", h.substring(10));
                return true;
            }
            return h.matches("CPU \\d+ is empty") || h.matches("cpu \\d+ is empty");
        }
    }

    static String excerpt(byte[] b, int s, int e) {
        int n = Math.min(e - s, 160);
        StringBuilder out = new StringBuilder(n);
        for (int i = s; i < s + n; i++) {
            int c = b[i] & 0xFF;
            out.append(c >= 0x20 && c < 0x7F ? (char) c : c == '\t' ? ' ' : '?');
        }
        return out.toString();
    }
}
