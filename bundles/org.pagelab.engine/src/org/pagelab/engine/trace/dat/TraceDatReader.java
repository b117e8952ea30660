package org.pagelab.engine.trace.dat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pagelab.engine.ProgressMonitor;
import org.pagelab.engine.trace.MmKind;
import org.pagelab.engine.trace.PageFlags;
import org.pagelab.engine.trace.Problem;
import org.pagelab.engine.trace.Trace;
import org.pagelab.engine.trace.TraceBuilder;
import org.pagelab.engine.trace.TraceFormat;
import org.pagelab.engine.trace.TraceLoadException;

/**
 * Loads a trace.dat (v6 or v7): parses the metadata, then merges the
 * per-CPU ring buffers by timestamp (as trace-cmd report does: on equal
 * timestamps the lower CPU first), walking every ring-buffer page: event
 * headers with 5-bit type and 27-bit delta, time extends, absolute time
 * stamps, padding, and the missed-events flags of the page header. Per
 * event only the type, pid and the fields that key pages and mms are read;
 * the rest is decoded when displayed ({@link DatEventSource}).
 */
public final class TraceDatReader {
    private TraceDatReader() {
    }

    /** Reads file. TraceLoadException if the metadata is unusable before any event. */
    public static Trace read(Path file, ProgressMonitor monitor) throws IOException {
        long t0 = System.nanoTime();
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        boolean ok = false;
        try {
            TraceDatFile f = new TraceDatFile(ch);
            try {
                f.parse();
            } catch (DatFormatException e) {
                throw new TraceLoadException(file + ": byte " + e.offset + ": " + e.getMessage(), e.offset);
            }
            TraceFormat format = f.version == 6 ? TraceFormat.TRACE_DAT_V6 : TraceFormat.TRACE_DAT_V7;
            if (f.latency) {
                throw new TraceLoadException(file + ": byte " + Math.max(0, f.latencyOffset)
                        + ": this trace.dat holds latency-tracer text, not event records; "
                        + "export it with 'trace-cmd report' and open the text", Math.max(0, f.latencyOffset));
            }
            TraceBuilder tb = new TraceBuilder(file, format);
            for (Object[] w : f.warnings) {
                tb.problem(new Problem(Problem.Kind.CORRUPT, -1, (Long) w[0], (String) w[1], ""));
            }
            Loader l = new Loader(f, tb, file);
            l.run(monitor);
            DatEventSource src = new DatEventSource(f, l.cpus, l.virtBase, l.formatsById, l.decoder,
                    l::kallsymsBytes);
            Trace t = tb.build(src, monitor, f.fileSize, t0);
            ok = true;
            return t;
        } finally {
            if (!ok) {
                ch.close();
            }
            monitor.done();
        }
    }

    /** Field names whose value is a pfn, a page pointer, or an mm. */
    private static final List<String> PFN_FIELDS = List.of("pfn", "fin_pfn", "old_pfn", "new_pfn", "src_pfn",
            "dst_pfn", "scan_pfn");
    private static final int K_PFN = 0;
    private static final int K_PTR = 1;
    private static final int K_MMID = 2;
    private static final int K_MM = 3;

    /** Per format: how to find its keys in a record. */
    private static final class KeySpec {
        final int[] offs;
        final int[] sizes;
        final int[] kinds;
        final boolean rss;
        final int currOff;
        final boolean hasPfn;

        KeySpec(List<int[]> keys, boolean rss, int currOff) {
            offs = new int[keys.size()];
            sizes = new int[keys.size()];
            kinds = new int[keys.size()];
            boolean pfn = false;
            for (int i = 0; i < keys.size(); i++) {
                offs[i] = keys.get(i)[0];
                sizes[i] = keys.get(i)[1];
                kinds[i] = keys.get(i)[2];
                pfn |= kinds[i] == K_PFN;
            }
            this.hasPfn = pfn;
            this.rss = rss;
            this.currOff = currOff;
        }
    }

    static final class Loader {
        final TraceDatFile f;
        final TraceBuilder tb;
        final Path file;
        final List<CpuData> cpus = new ArrayList<>();
        long[] virtBase;
        final Map<Integer, EventFormat> formatsById = new HashMap<>();
        int[] typeOfId = new int[0];
        KeySpec[] specOfId = new KeySpec[0];
        EventFormat[] formatOfId = new EventFormat[0];
        final EventDecoder decoder;
        private Kallsyms kallsyms;
        int tsOff = 0;
        int commitOff = 8;
        int commitSize = 8;
        int dataOff = 16;
        final boolean le;
        int typeOff = 0;
        int typeSize = 2;
        int pidOff = 4;
        final java.util.Set<Integer> unknownIds = new java.util.HashSet<>();

        Loader(TraceDatFile f, TraceBuilder tb, Path file) {
            this.f = f;
            this.tb = tb;
            this.file = file;
            this.le = f.le;
            this.decoder = new EventDecoder(f.le, f.longSize, this::kallsyms);
        }

        /** Bytes of the symbol table, 0 until something needed it. */
        synchronized long kallsymsBytes() {
            return kallsyms == null ? 0 : kallsyms.residentBytes();
        }

        synchronized Kallsyms kallsyms() {
            if (kallsyms == null) {
                kallsyms = new Kallsyms(f.kallsyms());
            }
            return kallsyms;
        }

        void run(ProgressMonitor monitor) throws IOException {
            headerPage();
            formats();
            metadata();
            long total = 0;
            for (TraceDatFile.CpuBuffer b : f.cpus) {
                CpuData c = new CpuData(f, b);
                c.prefetch = true;
                if (c.damage != null) {
                    tb.problem(c.damage);
                }
                cpus.add(c);
                total += c.streamSize;
            }
            virtBase = new long[cpus.size()];
            long base = 0;
            for (int i = 0; i < cpus.size(); i++) {
                virtBase[i] = base;
                base += Math.max(cpus.get(i).streamSize, 1);
            }
            monitor.begin("Loading " + file.getFileName(), total);
            merge(monitor);
        }

        private void headerPage() {
            for (String line : f.headerPage.split("\n")) {
                EventFormat.Field fd = EventFormat.parseField(line.replace("field: ", "field:"));
                if (fd == null) {
                    continue;
                }
                switch (fd.name) {
                    case "timestamp":
                        tsOff = fd.offset;
                        break;
                    case "commit":
                        commitOff = fd.offset;
                        commitSize = fd.size == 4 ? 4 : 8;
                        break;
                    case "data":
                        dataOff = fd.offset;
                        break;
                    default:
                        break;
                }
            }
        }

        private void formats() {
            List<EventFormat> all = new ArrayList<>();
            for (String text : f.ftraceFormats) {
                add(all, "ftrace", text);
            }
            for (Map.Entry<String, List<String>> e : f.eventFormats.entrySet()) {
                for (String text : e.getValue()) {
                    add(all, e.getKey(), text);
                }
            }
            int maxId = 0;
            for (EventFormat ef : all) {
                maxId = Math.max(maxId, ef.id);
            }
            typeOfId = new int[maxId + 1];
            Arrays.fill(typeOfId, -1);
            specOfId = new KeySpec[maxId + 1];
            formatOfId = new EventFormat[maxId + 1];
            for (EventFormat ef : all) {
                formatsById.put(ef.id, ef);
                formatOfId[ef.id] = ef;
                for (EventFormat.Field c : ef.common) {
                    if (c.name.equals("common_type")) {
                        typeOff = c.offset;
                        typeSize = c.size;
                    } else if (c.name.equals("common_pid")) {
                        pidOff = c.offset;
                    }
                }
                specOfId[ef.id] = spec(ef);
            }
        }

        private void add(List<EventFormat> all, String system, String text) {
            try {
                EventFormat ef = EventFormat.parse(system, text);
                if (ef.id <= 0xFFFF) {
                    all.add(ef);
                }
            } catch (IllegalArgumentException e) {
                tb.problem(new Problem(Problem.Kind.CORRUPT, -1, -1, "an event format of system '" + system
                        + "' cannot be parsed (" + e.getMessage() + "); its events show as unknown", ""));
            }
        }

        private static KeySpec spec(EventFormat ef) {
            List<int[]> keys = new ArrayList<>();
            for (EventFormat.Field fd : ef.fields) {
                boolean num = fd.arrayLen < 0 && !fd.dataLoc && !fd.relLoc && (fd.size == 4 || fd.size == 8);
                if (!num) {
                    continue;
                }
                if (PFN_FIELDS.contains(fd.name)) {
                    keys.add(new int[] {fd.offset, fd.size, K_PFN});
                } else if ((fd.name.equals("page") || fd.name.equals("folio")) && fd.pointer) {
                    keys.add(new int[] {fd.offset, fd.size, K_PTR});
                } else if (fd.name.equals("mm_id")) {
                    keys.add(new int[] {fd.offset, fd.size, K_MMID});
                } else if (fd.name.equals("mm") && fd.pointer) {
                    keys.add(new int[] {fd.offset, fd.size, K_MM});
                }
            }
            EventFormat.Field curr = ef.field("curr");
            boolean rss = ef.name.equals("rss_stat") && curr != null;
            return keys.isEmpty() && !rss ? null : new KeySpec(keys, rss, rss ? curr.offset : -1);
        }

        private void metadata() {
            tb.meta("trace_dat_version", Integer.toString(f.version));
            for (Map.Entry<String, String> e : f.info.entrySet()) {
                if (!e.getKey().equals("cpustat")) {
                    tb.meta(e.getKey(), e.getValue());
                }
            }
            String uname = f.info.get("uname");
            if (uname != null) {
                String[] parts = uname.split("\\s+");
                if (parts.length >= 3) {
                    tb.meta("kernel", parts[2]);
                    tb.meta("page_flags_layout", PageFlags.layoutForKernel(parts[2]));
                }
            }
            tb.claimedCpus(f.cpuCount);
            for (String line : f.cmdlines.split("\n")) {
                int sp = line.indexOf(' ');
                if (sp > 0) {
                    try {
                        int pid = Integer.parseInt(line.substring(0, sp).trim());
                        tb.comm(pid, tb.commId(line.substring(sp + 1).trim()), 0);
                    } catch (NumberFormatException e) {
                        // not a cmdline entry
                    }
                }
            }
        }

        /** k-way merge of the CPU cursors by (timestamp, CPU order). */
        private void merge(ProgressMonitor monitor) throws IOException {
            int n = cpus.size();
            Cursor[] heap = new Cursor[n];
            int size = 0;
            for (int i = 0; i < n; i++) {
                Cursor c = new Cursor(i, cpus.get(i));
                if (c.advance()) {
                    heap[size++] = c;
                }
            }
            for (int i = size / 2 - 1; i >= 0; i--) {
                siftDown(heap, size, i);
            }
            long done = 0;
            long nextReport = 0;
            while (size > 0) {
                Cursor c = heap[0];
                emit(c);
                if (c.advance()) {
                    siftDown(heap, size, 0);
                } else {
                    heap[0] = heap[--size];
                    heap[size] = null;
                    siftDown(heap, size, 0);
                }
                if (++done >= nextReport) {
                    nextReport = done + 65536;
                    long consumed = 0;
                    for (Cursor x : heap) {
                        if (x != null) {
                            consumed += x.page * f.pageSize;
                        }
                    }
                    monitor.worked(consumed);
                    monitor.checkCanceled();
                }
            }
            for (CpuData c : cpus) {
                if (c.chunkDamage != null) {
                    tb.problem(c.chunkDamage);
                    c.chunkDamage = null;
                }
                c.clearCache();
            }
        }

        private static boolean less(Cursor a, Cursor b) {
            return a.ts < b.ts || (a.ts == b.ts && a.order < b.order);
        }

        private static void siftDown(Cursor[] h, int size, int i) {
            while (true) {
                int l = 2 * i + 1;
                if (l >= size) {
                    return;
                }
                int m = l + 1 < size && less(h[l + 1], h[l]) ? l + 1 : l;
                if (!less(h[m], h[i])) {
                    return;
                }
                Cursor t = h[m];
                h[m] = h[i];
                h[i] = t;
                i = m;
            }
        }

        private void emit(Cursor c) {
            byte[] p = c.buf;
            int pos = c.dataPos;
            int len = c.dataLen;
            if (len < typeSize || len < pidOff + 4) {
                tb.problem(new Problem(Problem.Kind.CORRUPT, -1, c.data.fileOffset(c.page * f.pageSize),
                        c.data.where(c.page * f.pageSize + c.evPos) + ": a record of " + len + " bytes", ""));
                return;
            }
            int id = typeSize == 2 ? DatBytes.u16(p, pos + typeOff, le) : (int) DatBytes.u32(p, pos + typeOff, le);
            int pid = (int) DatBytes.u32(p, pos + pidOff, le);
            int type;
            KeySpec spec = null;
            if (id >= 0 && id < typeOfId.length && formatOfId[id] != null) {
                type = typeOfId[id];
                if (type < 0) {
                    EventFormat ef = formatOfId[id];
                    type = typeOfId[id] = tb.type(ef.name);
                    tb.typeSystem(type, ef.system);
                }
                spec = specOfId[id];
            } else {
                if (unknownIds.add(id) && unknownIds.size() <= 100) {
                    tb.problem(new Problem(Problem.Kind.CORRUPT, -1, c.data.fileOffset(c.page * f.pageSize),
                            c.data.where(c.page * f.pageSize + c.evPos) + ": event type id " + id
                            + " has no format in the file (shown as unknown_" + id + ")", ""));
                }
                type = tb.type("unknown_" + id);
            }
            long locator = virtBase[c.order] + c.page * (long) f.pageSize + c.evPos;
            int idx = tb.add(c.ts, c.data.cpu, pid, type, locator);
            if (spec != null) {
                keys(spec, p, pos, len, idx, pid);
            }
        }

        private void keys(KeySpec s, byte[] p, int pos, int len, int idx, int pid) {
            long pfn = -1;
            for (int k = 0; k < s.offs.length; k++) {
                if (s.offs[k] + s.sizes[k] > len) {
                    continue;
                }
                long v = s.sizes[k] == 8 ? DatBytes.u64(p, pos + s.offs[k], le) : DatBytes.u32(p, pos + s.offs[k], le);
                switch (s.kinds[k]) {
                    case K_PFN:
                        if (v != -1 && v != 0xFFFFFFFFL) {
                            tb.pfn(idx, v);
                            if (pfn < 0) {
                                pfn = v;
                            }
                        }
                        break;
                    default:
                        break;
                }
            }
            for (int k = 0; k < s.offs.length; k++) {
                if (s.offs[k] + s.sizes[k] > len || s.kinds[k] == K_PFN) {
                    continue;
                }
                long v = s.sizes[k] == 8 ? DatBytes.u64(p, pos + s.offs[k], le) : DatBytes.u32(p, pos + s.offs[k], le);
                switch (s.kinds[k]) {
                    case K_PTR:
                        if (v != 0) {
                            if (pfn >= 0) {
                                tb.learnPagePointer(v, pfn);
                            } else {
                                tb.pagePointer(idx, v);
                            }
                        }
                        break;
                    case K_MMID:
                        tb.mm(idx, MmKind.MM_ID, v);
                        if (s.rss && s.currOff >= 0 && s.currOff + 4 <= len
                                && DatBytes.u32(p, pos + s.currOff, le) != 0) {
                            tb.pidUsesMm(pid, MmKind.MM_ID, v);
                        }
                        break;
                    case K_MM:
                        if (v != 0) {
                            tb.mm(idx, MmKind.MM_POINTER, v);
                        }
                        break;
                    default:
                        break;
                }
            }
        }

        /** Walks one CPU's pages and events. */
        final class Cursor {
            final int order;
            final CpuData data;
            final byte[] buf;
            long page = -1;
            int avail;
            int end; // end of committed data in the page
            int next; // position of the next event header
            long ts;
            int evPos; // header position of the current event
            int dataPos;
            int dataLen;
            long pageTs;

            Cursor(int order, CpuData data) {
                this.order = order;
                this.data = data;
                this.buf = new byte[f.pageSize];
            }

            /** Moves to the next data event; false at the end of this CPU's data. */
            boolean advance() throws IOException {
                while (true) {
                    if (page < 0 || next + 4 > end) {
                        if (!nextPage()) {
                            return false;
                        }
                        continue;
                    }
                    int h = next;
                    long hdr = DatBytes.u32(buf, h, le);
                    int typeLen = (int) (le ? hdr & 0x1F : hdr >>> 27);
                    long delta = le ? hdr >>> 5 : hdr & 0x7FFFFFF;
                    switch (typeLen) {
                        case 29: { // padding
                            if (delta == 0) {
                                next = end; // the rest of the page is empty
                                continue;
                            }
                            if (h + 8 > end) {
                                corrupt(h, "padding event cut");
                                continue;
                            }
                            long plen = DatBytes.u32(buf, h + 4, le);
                            if (plen < 4 || h + 4 + plen > end) {
                                corrupt(h, "padding of " + plen + " bytes runs past the page data");
                                continue;
                            }
                            ts += delta;
                            next = h + 4 + (int) plen;
                            continue;
                        }
                        case 30: { // time extend
                            if (h + 8 > end) {
                                corrupt(h, "time extend cut");
                                continue;
                            }
                            ts += (DatBytes.u32(buf, h + 4, le) << 27) + delta;
                            next = h + 8;
                            continue;
                        }
                        case 31: { // absolute time stamp
                            if (h + 8 > end) {
                                corrupt(h, "time stamp cut");
                                continue;
                            }
                            long abs = (DatBytes.u32(buf, h + 4, le) << 27) | delta;
                            long msb = pageTs & ~((1L << 59) - 1);
                            abs |= msb;
                            if (msb != 0 && Long.compareUnsigned(abs, pageTs) < 0) {
                                abs += 1L << 59;
                            }
                            ts = abs;
                            next = h + 8;
                            continue;
                        }
                        case 0: {
                            if (h + 8 > end) {
                                corrupt(h, "event length cut");
                                continue;
                            }
                            long alen = DatBytes.u32(buf, h + 4, le);
                            if (alen < 4 || h + 4 + alen > end) {
                                corrupt(h, "event of " + alen + " bytes runs past the page data");
                                continue;
                            }
                            ts += delta;
                            evPos = h;
                            dataPos = h + 8;
                            dataLen = (int) alen - 4;
                            next = h + 4 + (int) ((alen + 3) & ~3L);
                            return true;
                        }
                        default: {
                            int len = typeLen * 4;
                            if (h + 4 + len > end) {
                                corrupt(h, "event of " + len + " bytes runs past the page data");
                                continue;
                            }
                            ts += delta;
                            evPos = h;
                            dataPos = h + 4;
                            dataLen = len;
                            next = h + 4 + len;
                            return true;
                        }
                    }
                }
            }

            private void corrupt(int at, String why) {
                long so = page * f.pageSize + at;
                boolean cut = avail < f.pageSize;
                tb.problem(new Problem(cut ? Problem.Kind.TRUNCATED : Problem.Kind.CORRUPT, -1,
                        data.fileOffset(so), data.where(so) + ": " + why + (cut ? " (the page is cut)" : "")
                        + "; the rest of this page is skipped", ""));
                next = end;
            }

            private boolean nextPage() throws IOException {
                while (true) {
                    page++;
                    if (page >= data.pages()) {
                        return false;
                    }
                    avail = data.page(page, buf);
                    if (data.chunkDamage != null) {
                        tb.problem(data.chunkDamage);
                        data.chunkDamage = null;
                    }
                    if (avail < 0) {
                        continue;
                    }
                    if (avail < dataOff) {
                        tb.problem(new Problem(Problem.Kind.TRUNCATED, -1, data.fileOffset(page * f.pageSize),
                                data.where(page * f.pageSize) + ": the page header is cut", ""));
                        continue;
                    }
                    pageTs = DatBytes.u64(buf, tsOff, le);
                    long commit = commitSize == 8 ? DatBytes.u64(buf, commitOff, le)
                            : DatBytes.u32(buf, commitOff, le);
                    long size = commit & ((1L << 27) - 1);
                    boolean missed = (commit & (1L << 31)) != 0;
                    boolean missedStored = (commit & (1L << 30)) != 0;
                    int room = f.pageSize - dataOff;
                    if (size > room) {
                        tb.problem(new Problem(Problem.Kind.CORRUPT, -1, data.fileOffset(page * f.pageSize),
                                data.where(page * f.pageSize) + ": page header says " + size + " bytes of data, "
                                + "a page holds " + room + "; the page is skipped", ""));
                        continue;
                    }
                    end = dataOff + (int) size;
                    if (end > avail) {
                        tb.problem(new Problem(Problem.Kind.TRUNCATED, -1, data.fileOffset(page * f.pageSize),
                                data.where(page * f.pageSize) + ": the page is cut after " + avail + " of " + end
                                + " bytes; its later events are lost", ""));
                        end = avail;
                    }
                    if (missed) {
                        long lost = -1;
                        if (missedStored && end + 8 <= avail) {
                            lost = f.longSize == 8 ? DatBytes.u64(buf, end, le) : DatBytes.u32(buf, end, le);
                        }
                        tb.problem(new Problem(Problem.Kind.LOST_EVENTS, -1, data.fileOffset(page * f.pageSize),
                                "CPU " + data.cpu + " lost " + (lost >= 0 ? Long.toString(lost) : "some")
                                + " events before time " + pageTs, ""));
                    }
                    ts = pageTs;
                    next = dataOff;
                    return true;
                }
            }
        }
    }
}
