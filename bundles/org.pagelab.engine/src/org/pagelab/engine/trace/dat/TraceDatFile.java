package org.pagelab.engine.trace.dat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metadata of a trace.dat file, version 6 (one sequential header) or 7
 * (sections found through chained options sections, optionally
 * compressed): header page and event descriptions, event formats,
 * kallsyms/printk/cmdlines, options, and where each CPU's ring-buffer data
 * is. The data itself is read by {@link CpuData}.
 */
final class TraceDatFile {
    /** Limits against hostile sizes: no single metadata item above this. */
    static final int MAX_ITEM = 256 << 20;

    final FileChannel ch;
    final long fileSize;
    int version;
    boolean le = true;
    int longSize = 8;
    int pageSize = 4096;
    String compression = "none";
    Decompressor decompressor;
    String headerPage = "";
    String headerEvent = "";
    final List<String> ftraceFormats = new ArrayList<>();
    final Map<String, List<String>> eventFormats = new LinkedHashMap<>();
    long kallsymsOffset = -1; // v6: offset of the data; v7: offset of the section
    int kallsymsSize;
    String printk = "";
    String cmdlines = "";
    int cpuCount;
    final List<CpuBuffer> cpus = new ArrayList<>();
    final Map<String, String> info = new LinkedHashMap<>();
    boolean latency;
    long latencyOffset = -1;
    /** Damaged optional sections that were skipped: {offset, message}. */
    final List<Object[]> warnings = new ArrayList<>();

    /** One CPU's data: where it is and how big (compressed files: the chunked area). */
    record CpuBuffer(int cpu, long offset, long size) {
    }

    TraceDatFile(FileChannel ch) throws IOException {
        this.ch = ch;
        this.fileSize = ch.size();
    }

    /** Reads len bytes at off; a DatFormatException (truncated) if the file ends first. */
    byte[] read(long off, long len, String what) throws DatFormatException, IOException {
        if (len < 0 || len > MAX_ITEM) {
            throw new DatFormatException(what + ": implausible size " + len, off, false);
        }
        if (off < 0 || off + len > fileSize) {
            throw new DatFormatException(what + " goes past the end of the file (needs " + len + " bytes at "
                    + off + ", the file has " + fileSize + ")", Math.min(Math.max(off, 0), fileSize), true);
        }
        byte[] b = new byte[(int) len];
        ByteBuffer bb = ByteBuffer.wrap(b);
        long p = off;
        while (bb.hasRemaining()) {
            int r = ch.read(bb, p);
            if (r < 0) {
                throw new DatFormatException(what + ": the file ended while reading", p, true);
            }
            p += r;
        }
        return b;
    }

    /** Checks that [off, off+len) lies in the file without reading it. */
    void requireWithin(long off, long len, String what) throws DatFormatException {
        if (len < 0 || off < 0 || off + len > fileSize) {
            throw new DatFormatException(what + " goes past the end of the file (needs " + len + " bytes at " + off
                    + ", the file has " + fileSize + ")", Math.min(Math.max(off, 0), fileSize), true);
        }
    }

    long u32(long off, String what) throws DatFormatException, IOException {
        return DatBytes.u32(read(off, 4, what), 0, le);
    }

    long u64(long off, String what) throws DatFormatException, IOException {
        return DatBytes.u64(read(off, 8, what), 0, le);
    }

    /** A NUL-terminated string at off (at most 4 KB); returns it and sets {@link #after}. */
    String cstring(long off, String what) throws DatFormatException, IOException {
        long n = Math.min(4096, fileSize - off);
        if (n <= 0) {
            throw new DatFormatException(what + ": the file ends here", off, true);
        }
        byte[] b = read(off, n, what);
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                after = off + i + 1;
                return new String(b, 0, i, StandardCharsets.UTF_8);
            }
        }
        throw new DatFormatException(what + ": unterminated string", off, n < 4096);
    }

    long after;

    /** Parses all metadata. */
    void parse() throws DatFormatException, IOException {
        byte[] h = read(0, Math.min(fileSize, 64), "file header");
        if (h.length < 16 || h[0] != 0x17 || h[1] != 0x08 || h[2] != 0x44) {
            throw new DatFormatException("not a trace.dat file (bad magic)", 0, h.length < 16);
        }
        String v = cstring(10, "version");
        long p = after;
        try {
            version = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new DatFormatException("unsupported trace.dat version '" + v + "'", 10, false);
        }
        byte[] ep = read(p, 6, "endianness, long size, page size");
        le = ep[0] == 0;
        longSize = ep[1];
        pageSize = (int) DatBytes.u32(ep, 2, le);
        if (ep[0] > 1 || (longSize != 4 && longSize != 8)) {
            throw new DatFormatException("bad endianness/long size bytes " + ep[0] + "/" + ep[1], p, false);
        }
        if (pageSize < 256 || pageSize > (1 << 20) || Integer.bitCount(pageSize) != 1) {
            throw new DatFormatException("implausible page size " + pageSize, p + 2, false);
        }
        p += 6;
        if (version == 6) {
            parseV6(p);
        } else if (version == 7) {
            parseV7(p);
        } else {
            throw new DatFormatException("unsupported trace.dat version " + version + " (Pagelab reads 6 and 7)",
                    10, false);
        }
    }

    // ---- version 6: one sequential header ----

    private void parseV6(long p) throws DatFormatException, IOException {
        p = headerInfo(p, null);
        p = ftraceFormats(p, null);
        p = eventFormats(p, null);
        long ks = u32(p, "kallsyms size");
        kallsymsOffset = p + 4;
        kallsymsSize = (int) Math.min(ks, MAX_ITEM);
        requireWithin(p + 4, ks, "kallsyms");
        p += 4 + ks;
        long ps = u32(p, "printk formats size");
        printk = new String(read(p + 4, ps, "printk formats"), StandardCharsets.UTF_8);
        p += 4 + ps;
        long cs = u64(p, "saved cmdlines size");
        cmdlines = new String(read(p + 8, cs, "saved cmdlines"), StandardCharsets.UTF_8);
        p += 8 + cs;
        cpuCount = (int) u32(p, "CPU count");
        if (cpuCount < 0 || cpuCount > 65536) {
            throw new DatFormatException("implausible CPU count " + cpuCount, p, false);
        }
        p += 4;
        String kind = new String(read(p, 10, "data kind"), StandardCharsets.US_ASCII);
        p += 10;
        if (kind.startsWith("options")) {
            while (true) {
                int id = DatBytes.u16(read(p, 2, "option id"), 0, le);
                p += 2;
                if (id == 0) {
                    break;
                }
                long size = u32(p, "option size");
                byte[] data = read(p + 4, size, "option " + id);
                option(id, data, p + 4);
                p += 4 + size;
            }
            kind = new String(read(p, 10, "data kind"), StandardCharsets.US_ASCII);
            p += 10;
        }
        if (kind.startsWith("latency")) {
            latency = true;
            latencyOffset = p;
            return;
        }
        if (!kind.startsWith("flyrecord")) {
            throw new DatFormatException("expected 'flyrecord' or 'latency', found '" + kind.replaceAll("[^ -~]", "?")
                    + "'", p - 10, false);
        }
        for (int c = 0; c < cpuCount; c++) {
            long off = u64(p, "CPU " + c + " data offset");
            long size = u64(p + 8, "CPU " + c + " data size");
            cpus.add(new CpuBuffer(c, off, size));
            p += 16;
        }
    }

    // ---- shared section contents ----

    /** "header_page\0" u64 size, text, "header_event\0" u64 size, text. */
    private long headerInfo(long p, byte[] sec) throws DatFormatException, IOException {
        Src s = new Src(sec, p);
        expect(s, "header_page");
        long n = s.u64("header_page size");
        headerPage = s.text(n, "header_page");
        expect(s, "header_event");
        n = s.u64("header_event size");
        headerEvent = s.text(n, "header_event");
        return s.pos;
    }

    private long ftraceFormats(long p, byte[] sec) throws DatFormatException, IOException {
        Src s = new Src(sec, p);
        long count = s.u32("ftrace format count");
        for (long i = 0; i < count; i++) {
            long n = s.u64("ftrace format size");
            ftraceFormats.add(s.text(n, "ftrace format"));
        }
        return s.pos;
    }

    private long eventFormats(long p, byte[] sec) throws DatFormatException, IOException {
        Src s = new Src(sec, p);
        long systems = s.u32("event system count");
        for (long i = 0; i < systems; i++) {
            String sys = s.cstring("event system name");
            long count = s.u32("event count of " + sys);
            List<String> l = eventFormats.computeIfAbsent(sys, k -> new ArrayList<>());
            for (long j = 0; j < count; j++) {
                long n = s.u64("event format size");
                l.add(s.text(n, "event format of " + sys));
            }
        }
        return s.pos;
    }

    private void expect(Src s, String word) throws DatFormatException, IOException {
        long at = s.pos;
        String got = s.cstring(word);
        if (!got.equals(word)) {
            throw new DatFormatException("expected '" + word + "', found '" + got.replaceAll("[^ -~]", "?") + "'", at,
                    false);
        }
    }

    /** Reads either from the file (sec == null) or from a decompressed section. */
    private final class Src {
        final byte[] sec;
        long pos;

        Src(byte[] sec, long p) {
            this.sec = sec;
            this.pos = sec == null ? p : 0;
        }

        byte[] bytes(long n, String what) throws DatFormatException, IOException {
            if (sec == null) {
                byte[] b = read(pos, n, what);
                pos += n;
                return b;
            }
            if (n < 0 || pos + n > sec.length) {
                throw new DatFormatException(what + " goes past the end of its section", sectionOffset, false);
            }
            byte[] b = java.util.Arrays.copyOfRange(sec, (int) pos, (int) (pos + n));
            pos += n;
            return b;
        }

        long u32(String what) throws DatFormatException, IOException {
            return DatBytes.u32(bytes(4, what), 0, le);
        }

        long u64(String what) throws DatFormatException, IOException {
            return DatBytes.u64(bytes(8, what), 0, le);
        }

        String text(long n, String what) throws DatFormatException, IOException {
            if (n < 0 || n > MAX_ITEM) {
                throw new DatFormatException(what + ": implausible size " + n, sec == null ? pos : sectionOffset,
                        false);
            }
            return new String(bytes(n, what), StandardCharsets.UTF_8);
        }

        String cstring(String what) throws DatFormatException, IOException {
            if (sec == null) {
                String s = TraceDatFile.this.cstring(pos, what);
                pos = after;
                return s;
            }
            for (int i = (int) pos; i < sec.length; i++) {
                if (sec[i] == 0) {
                    String s = new String(sec, (int) pos, i - (int) pos, StandardCharsets.UTF_8);
                    pos = i + 1;
                    return s;
                }
            }
            throw new DatFormatException(what + ": unterminated string", sectionOffset, false);
        }
    }

    private long sectionOffset;

    // ---- version 7: sections ----

    private static final int SEC_OPTIONS = 0;
    private static final int OPT_DONE = 0;
    private static final int OPT_DATE = 1;
    private static final int OPT_CPUSTAT = 2;
    private static final int OPT_BUFFER = 3;
    private static final int OPT_TRACECLOCK = 4;
    private static final int OPT_UNAME = 5;
    private static final int OPT_OFFSET = 7;
    private static final int OPT_CPUCOUNT = 8;
    private static final int OPT_VERSION = 9;
    private static final int OPT_BUFFER_TEXT = 22;
    private static final int OPT_HEADER_INFO = 16;
    private static final int OPT_FTRACE_EVENTS = 17;
    private static final int OPT_EVENT_FORMATS = 18;
    private static final int OPT_KALLSYMS = 19;
    private static final int OPT_PRINTK = 20;
    private static final int OPT_CMDLINES = 21;

    private void parseV7(long p) throws DatFormatException, IOException {
        String name = cstring(p, "compression name");
        p = after;
        String cver = cstring(p, "compression version");
        p = after;
        compression = name;
        info.put("compression", name + (cver.isEmpty() ? "" : " " + cver));
        decompressor = Decompressor.forName(name, p);
        long opts = u64(p, "first options section offset");
        java.util.Set<Long> seen = new java.util.HashSet<>();
        while (opts != 0) {
            if (!seen.add(opts) || seen.size() > 1024) {
                throw new DatFormatException("options sections form a loop", opts, false);
            }
            byte[] sec = section(opts, SEC_OPTIONS, "options");
            long next = 0;
            int q = 0;
            while (q + 6 <= sec.length) {
                int id = DatBytes.u16(sec, q, le);
                long size = DatBytes.u32(sec, q + 2, le);
                if (size > sec.length - q - 6) {
                    throw new DatFormatException("option " + id + " goes past its section", opts, false);
                }
                byte[] data = java.util.Arrays.copyOfRange(sec, q + 6, q + 6 + (int) size);
                q += 6 + (int) size;
                if (id == OPT_DONE) {
                    next = data.length >= 8 ? DatBytes.u64(data, 0, le) : 0;
                    break;
                }
                if (id == OPT_BUFFER) {
                    option(id, data, opts); // without it there is no data: fatal
                } else {
                    try {
                        option(id, data, opts);
                    } catch (DatFormatException e) {
                        // a damaged optional section (formats, kallsyms, cmdlines...): load without it
                        warnings.add(new Object[] {e.offset, "option " + id + " skipped: " + e.getMessage()});
                    }
                }
            }
            opts = next;
        }
        if (headerPage.isEmpty()) {
            warnings.add(new Object[] {0L, "no usable HEADER_INFO section: assuming the usual ring-buffer page "
                    + "header (u64 timestamp, 8-byte commit, data at 16)"});
        }
    }

    /** The content of the section at off (decompressed), checking its id. */
    byte[] section(long off, int expectId, String what) throws DatFormatException, IOException {
        byte[] h = read(off, 16, what + " section header");
        int id = DatBytes.u16(h, 0, le);
        int flags = DatBytes.u16(h, 2, le);
        long size = DatBytes.u64(h, 8, le);
        if (id != expectId) {
            throw new DatFormatException(what + " section: found section id " + id + ", expected " + expectId, off,
                    false);
        }
        sectionOffset = off;
        if ((flags & 1) != 0) {
            if (decompressor == null) {
                throw new DatFormatException(what + " section is compressed but the file names no compression", off,
                        false);
            }
            byte[] ch8 = read(off + 16, 8, what + " compression header");
            long comp = DatBytes.u32(ch8, 0, le);
            long plain = DatBytes.u32(ch8, 4, le);
            if (plain > MAX_ITEM) {
                throw new DatFormatException(what + " section: implausible size " + plain, off, false);
            }
            byte[] c = read(off + 24, comp, what + " compressed data");
            return decompressor.decompress(c, 0, c.length, (int) plain, off);
        }
        return read(off + 16, size, what + " section");
    }

    private void option(int id, byte[] d, long at) throws DatFormatException, IOException {
        switch (id) {
            case OPT_DATE:
                info.put("date_offset", cstr(d));
                break;
            case OPT_CPUSTAT:
                info.merge("cpustat", cstr(d), (a, b) -> a + "\n" + b);
                break;
            case OPT_BUFFER:
                buffer(d, at);
                break;
            case OPT_TRACECLOCK: {
                String clocks = cstr(d);
                int a = clocks.indexOf('[');
                int b = clocks.indexOf(']', a + 1);
                info.put("clock", a >= 0 && b > a ? clocks.substring(a + 1, b) : clocks.trim());
                break;
            }
            case OPT_UNAME:
                info.put("uname", cstr(d).trim());
                break;
            case OPT_OFFSET:
                info.put("ts_offset", cstr(d).trim());
                break;
            case OPT_CPUCOUNT:
                if (d.length >= 4) {
                    cpuCount = (int) Math.min(65536, DatBytes.u32(d, 0, le));
                }
                break;
            case OPT_VERSION:
                info.put("trace_cmd_version", cstr(d).trim());
                break;
            case OPT_HEADER_INFO:
                if (version >= 7) {
                    headerInfo(0, section(u64opt(d), 16, "header info"));
                }
                break;
            case OPT_FTRACE_EVENTS:
                if (version >= 7) {
                    ftraceFormats(0, section(u64opt(d), 17, "ftrace events"));
                }
                break;
            case OPT_EVENT_FORMATS:
                if (version >= 7) {
                    eventFormats(0, section(u64opt(d), 18, "event formats"));
                }
                break;
            case OPT_KALLSYMS:
                if (version >= 7) {
                    kallsymsOffset = u64opt(d);
                }
                break;
            case OPT_PRINTK:
                if (version >= 7) {
                    byte[] s = section(u64opt(d), 20, "printk formats");
                    printk = sizedText(s, 4, StandardCharsets.UTF_8);
                }
                break;
            case OPT_CMDLINES:
                if (version >= 7) {
                    byte[] s = section(u64opt(d), 21, "saved cmdlines");
                    cmdlines = sizedText(s, 8, StandardCharsets.UTF_8);
                }
                break;
            case OPT_BUFFER_TEXT:
                latency = true;
                if (d.length >= 8) {
                    latencyOffset = DatBytes.u64(d, 0, le);
                }
                break;
            default:
                break; // options Pagelab does not need (TRACEID, TIME_SHIFT, GUEST, PROCMAPS...)
        }
    }

    /** BUFFER option: u64 section offset, name, clock, [v7: u32 page size, u32 cpus, per CPU id/offset/size]. */
    private void buffer(byte[] d, long at) throws DatFormatException {
        int q = 8;
        int n0 = indexOfNul(d, q);
        if (d.length < 8 || n0 < 0) {
            throw new DatFormatException("damaged BUFFER option", at, false);
        }
        String name = new String(d, q, n0 - q, StandardCharsets.UTF_8);
        q = n0 + 1;
        if (version < 7) {
            info.merge("other_buffers", name, (a, b) -> a + "," + b);
            return; // v6 instance buffers: Pagelab reads the top instance only
        }
        int n1 = indexOfNul(d, q);
        if (n1 < 0 || n1 + 9 > d.length) {
            throw new DatFormatException("damaged BUFFER option", at, false);
        }
        String clock = new String(d, q, n1 - q, StandardCharsets.UTF_8);
        q = n1 + 1;
        if (!name.isEmpty()) {
            info.merge("other_buffers", name, (a, b) -> a + "," + b);
            return;
        }
        info.putIfAbsent("clock", clock);
        int ps = (int) DatBytes.u32(d, q, le);
        long count = DatBytes.u32(d, q + 4, le);
        q += 8;
        if (ps >= 256 && ps <= (1 << 20) && Integer.bitCount(ps) == 1) {
            pageSize = ps;
        }
        if (count > (d.length - q) / 20) {
            throw new DatFormatException("BUFFER option lists " + count + " CPUs but has room for "
                    + (d.length - q) / 20, at, false);
        }
        for (int i = 0; i < count; i++) {
            int cpu = (int) DatBytes.u32(d, q, le);
            long off = DatBytes.u64(d, q + 4, le);
            long size = DatBytes.u64(d, q + 12, le);
            cpus.add(new CpuBuffer(cpu, off, size));
            q += 20;
        }
    }

    /** The u64 an offset option holds; a DatFormatException if it is too short. */
    private long u64opt(byte[] d) throws DatFormatException {
        if (d.length < 8) {
            throw new DatFormatException("offset option of " + d.length + " bytes", sectionOffset, false);
        }
        return DatBytes.u64(d, 0, le);
    }

    /** Text after a size field of sizeLen bytes (u32 or u64) in s, clamped to what s holds. */
    private String sizedText(byte[] s, int sizeLen, java.nio.charset.Charset cs) {
        if (s.length < sizeLen) {
            return "";
        }
        long n = sizeLen == 8 ? DatBytes.u64(s, 0, le) : DatBytes.u32(s, 0, le);
        long avail = s.length - sizeLen;
        int len = (int) (n < 0 || n > avail ? avail : n);
        return new String(s, sizeLen, len, cs);
    }

    private static int indexOfNul(byte[] d, int from) {
        for (int i = from; i < d.length; i++) {
            if (d[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String cstr(byte[] d) {
        int n = indexOfNul(d, 0);
        return new String(d, 0, n < 0 ? d.length : n, StandardCharsets.UTF_8);
    }

    /** The kallsyms text (read on demand: it is megabytes and only %ps and stacks need it). */
    String kallsyms() {
        try {
            if (kallsymsOffset < 0) {
                return "";
            }
            if (version >= 7) {
                return sizedText(section(kallsymsOffset, 19, "kallsyms"), 4, StandardCharsets.ISO_8859_1);
            }
            return new String(read(kallsymsOffset, kallsymsSize, "kallsyms"), StandardCharsets.ISO_8859_1);
        } catch (DatFormatException | IOException e) {
            return "";
        }
    }
}
