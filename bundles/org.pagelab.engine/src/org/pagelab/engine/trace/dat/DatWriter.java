package org.pagelab.engine.trace.dat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

import io.airlift.compress.zstd.ZstdCompressor;

/**
 * Writes a trace.dat from an existing one: the same metadata (header page,
 * event formats, kallsyms, printk, cmdlines) and the same ring-buffer pages,
 * in file version 6 or 7 (uncompressed, zlib or zstd), optionally with the
 * CPU data repeated with shifted timestamps. Used to produce test inputs in
 * the formats trace-cmd may not write on a given machine (v6, zlib) and the
 * large files of the benchmark. Little-endian input only.
 */
public final class DatWriter {
    private static final int CHUNK_PAGES = 10;

    private DatWriter() {
    }

    /**
     * @param in          a readable trace.dat (v6 or v7)
     * @param out         written atomically (temp file in the same directory, then moved)
     * @param version     6 or 7
     * @param compression "none", "zlib" or "zstd" (version 7 only)
     * @param repeat      how many copies of each CPU's pages (1 = a plain conversion)
     * @param shiftNs     added to the timestamps of copy k: k * shiftNs (0 to compute: trace span + 1 ms)
     */
    public static void rewrite(Path in, Path out, int version, String compression, int repeat, long shiftNs)
            throws IOException {
        rewrite(in, out, version, compression, repeat, shiftNs, Options.ALL);
    }

    /**
     * What to keep of the input, for small test files.
     *
     * @param kallsyms     keep the kallsyms text (megabytes)
     * @param maxPages     at most this many pages per CPU (0: all)
     * @param systems      event systems whose formats are kept (null: all)
     */
    public record Options(boolean kallsyms, int maxPages, java.util.Set<String> systems) {
        /** Keep everything. */
        public static final Options ALL = new Options(true, 0, null);
    }

    /** {@link #rewrite(Path, Path, int, String, int, long)} keeping only what opts says. */
    public static void rewrite(Path in, Path out, int version, String compression, int repeat, long shiftNs,
            Options opts) throws IOException {
        if (version != 6 && version != 7) {
            throw new IllegalArgumentException("version must be 6 or 7");
        }
        if (version == 6 && !compression.equals("none")) {
            throw new IllegalArgumentException("version 6 files are not compressed");
        }
        if (repeat < 1) {
            throw new IllegalArgumentException("repeat must be >= 1");
        }
        try (FileChannel ch = FileChannel.open(in, StandardOpenOption.READ)) {
            TraceDatFile f = new TraceDatFile(ch);
            try {
                f.parse();
            } catch (DatFormatException e) {
                throw new IOException(in + ": byte " + e.offset + ": " + e.getMessage());
            }
            if (!f.le) {
                throw new IOException(in + ": big-endian trace.dat files cannot be rewritten");
            }
            if (opts.systems() != null) {
                f.eventFormats.keySet().retainAll(opts.systems());
            }
            if (!opts.kallsyms()) {
                f.kallsymsOffset = -1;
            }
            List<byte[]> streams = new ArrayList<>();
            long minTs = Long.MAX_VALUE;
            long maxTs = Long.MIN_VALUE;
            for (TraceDatFile.CpuBuffer b : f.cpus) {
                CpuData c = new CpuData(f, b);
                long pages = opts.maxPages() > 0 ? Math.min(opts.maxPages(), c.pages()) : c.pages();
                byte[] s = new byte[(int) (pages * f.pageSize)];
                byte[] page = new byte[f.pageSize];
                for (long k = 0; k < pages; k++) {
                    int n = c.page(k, page);
                    if (n > 0) {
                        System.arraycopy(page, 0, s, (int) (k * f.pageSize), n);
                        long ts = DatBytes.u64(page, 0, true);
                        minTs = Math.min(minTs, ts);
                        maxTs = Math.max(maxTs, ts);
                    }
                }
                streams.add(s);
            }
            if (shiftNs <= 0) {
                shiftNs = Math.max(1, maxTs - minTs) + 1_000_000;
            }
            Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".pagelab-", ".dat.tmp");
            boolean ok = false;
            try (FileChannel w = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                Out o = new Out(w);
                if (version == 6) {
                    writeV6(f, streams, repeat, shiftNs, o);
                } else {
                    writeV7(f, streams, repeat, shiftNs, compression, o);
                }
                o.flush();
                ok = true;
            } finally {
                if (!ok) {
                    Files.deleteIfExists(tmp);
                }
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Buffered little-endian writer with positional patching. */
    private static final class Out {
        final FileChannel ch;
        final ByteBuffer buf = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
        long pos;

        Out(FileChannel ch) {
            this.ch = ch;
        }

        void need(int n) throws IOException {
            if (buf.remaining() < n) {
                flush();
            }
        }

        void flush() throws IOException {
            buf.flip();
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            buf.clear();
        }

        void u8(int v) throws IOException {
            need(1);
            buf.put((byte) v);
            pos++;
        }

        void u16(int v) throws IOException {
            need(2);
            buf.putShort((short) v);
            pos += 2;
        }

        void u32(long v) throws IOException {
            need(4);
            buf.putInt((int) v);
            pos += 4;
        }

        void u64(long v) throws IOException {
            need(8);
            buf.putLong(v);
            pos += 8;
        }

        void bytes(byte[] b) throws IOException {
            bytes(b, 0, b.length);
        }

        void bytes(byte[] b, int off, int len) throws IOException {
            if (len > buf.capacity()) {
                flush();
                ByteBuffer bb = ByteBuffer.wrap(b, off, len);
                while (bb.hasRemaining()) {
                    ch.write(bb);
                }
            } else {
                need(len);
                buf.put(b, off, len);
            }
            pos += len;
        }

        void cstr(String s) throws IOException {
            bytes(s.getBytes(StandardCharsets.UTF_8));
            u8(0);
        }

        void pad(int align) throws IOException {
            while (pos % align != 0) {
                u8(0);
            }
        }

        void patchU64(long at, long v) throws IOException {
            flush();
            ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(0, v);
            ch.write(b, at);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void initial(TraceDatFile f, int version, Out o) throws IOException {
        o.bytes(new byte[] {0x17, 0x08, 0x44});
        o.bytes(utf8("tracing"));
        o.cstr(Integer.toString(version));
        o.u8(0);
        o.u8(f.longSize);
        o.u32(f.pageSize);
    }

    private static byte[] headerInfo(TraceDatFile f) throws IOException {
        Mem m = new Mem();
        m.cstr("header_page");
        m.u64(utf8(f.headerPage).length);
        m.bytes(utf8(f.headerPage));
        m.cstr("header_event");
        m.u64(utf8(f.headerEvent).length);
        m.bytes(utf8(f.headerEvent));
        return m.toByteArray();
    }

    private static byte[] ftraceEvents(TraceDatFile f) throws IOException {
        Mem m = new Mem();
        m.u32(f.ftraceFormats.size());
        for (String s : f.ftraceFormats) {
            m.u64(utf8(s).length);
            m.bytes(utf8(s));
        }
        return m.toByteArray();
    }

    private static byte[] eventFormats(TraceDatFile f) throws IOException {
        Mem m = new Mem();
        m.u32(f.eventFormats.size());
        for (Map.Entry<String, List<String>> e : f.eventFormats.entrySet()) {
            m.cstr(e.getKey());
            m.u32(e.getValue().size());
            for (String s : e.getValue()) {
                m.u64(utf8(s).length);
                m.bytes(utf8(s));
            }
        }
        return m.toByteArray();
    }

    private static byte[] sized32(String s) throws IOException {
        Mem m = new Mem();
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        m.u32(b.length);
        m.bytes(b);
        return m.toByteArray();
    }

    /** Little-endian in-memory writer. */
    private static final class Mem extends ByteArrayOutputStream {
        void u32(long v) {
            for (int i = 0; i < 4; i++) {
                write((int) (v >>> (8 * i)));
            }
        }

        void u64(long v) {
            for (int i = 0; i < 8; i++) {
                write((int) (v >>> (8 * i)));
            }
        }

        void bytes(byte[] b) {
            write(b, 0, b.length);
        }

        void cstr(String s) {
            bytes(utf8(s));
            write(0);
        }
    }

    private static void writeV6(TraceDatFile f, List<byte[]> streams, int repeat, long shift, Out o)
            throws IOException {
        initial(f, 6, o);
        o.bytes(headerInfo(f));
        o.bytes(ftraceEvents(f));
        o.bytes(eventFormats(f));
        o.bytes(sized32(f.kallsyms()));
        o.bytes(sized32(f.printk));
        byte[] cmd = utf8(f.cmdlines);
        o.u64(cmd.length);
        o.bytes(cmd);
        o.u32(streams.size());
        o.bytes(utf8("options  "));
        o.u8(0);
        o.u16(0);
        o.bytes(utf8("flyrecord"));
        o.u8(0);
        long table = o.pos;
        for (int c = 0; c < streams.size(); c++) {
            o.u64(0);
            o.u64(0);
        }
        long[] offs = new long[streams.size()];
        long[] sizes = new long[streams.size()];
        for (int c = 0; c < streams.size(); c++) {
            o.pad(f.pageSize);
            offs[c] = o.pos;
            writePages(streams.get(c), f.pageSize, repeat, shift, o);
            sizes[c] = o.pos - offs[c];
        }
        for (int c = 0; c < streams.size(); c++) {
            o.patchU64(table + 16L * c, offs[c]);
            o.patchU64(table + 16L * c + 8, sizes[c]);
        }
    }

    /** Writes the pages of one CPU stream repeat times, shifting timestamps (page headers, absolute stamps). */
    private static void writePages(byte[] s, int pageSize, int repeat, long shift, Out o) throws IOException {
        byte[] page = new byte[pageSize];
        for (int r = 0; r < repeat; r++) {
            for (int p = 0; p + pageSize <= s.length; p += pageSize) {
                System.arraycopy(s, p, page, 0, pageSize);
                shiftPage(page, r * shift);
                o.bytes(page);
            }
        }
    }

    private static void shiftPage(byte[] page, long by) {
        if (by == 0) {
            return;
        }
        long ts = DatBytes.u64(page, 0, true);
        putU64(page, 0, ts + by);
        long commit = DatBytes.u64(page, 8, true) & ((1L << 27) - 1);
        int end = (int) Math.min(page.length, 16 + commit);
        int p = 16;
        while (p + 4 <= end) {
            long hdr = DatBytes.u32(page, p, true);
            int typeLen = (int) (hdr & 0x1F);
            long delta = hdr >>> 5;
            if (typeLen == 29) {
                if (delta == 0 || p + 8 > end) {
                    break;
                }
                p += 4 + (int) DatBytes.u32(page, p + 4, true);
            } else if (typeLen == 30) {
                p += 8;
            } else if (typeLen == 31) {
                long abs = (DatBytes.u32(page, p + 4, true) << 27 | delta) + by;
                putU32(page, p, (abs & 0x7FFFFFF) << 5 | 31);
                putU32(page, p + 4, (abs >>> 27) & 0xFFFFFFFFL);
                p += 8;
            } else if (typeLen == 0) {
                if (p + 8 > end) {
                    break;
                }
                p += 4 + (int) ((DatBytes.u32(page, p + 4, true) + 3) & ~3L);
            } else {
                p += 4 + typeLen * 4;
            }
        }
    }

    private static void putU64(byte[] b, int o, long v) {
        for (int i = 0; i < 8; i++) {
            b[o + i] = (byte) (v >>> (8 * i));
        }
    }

    private static void putU32(byte[] b, int o, long v) {
        for (int i = 0; i < 4; i++) {
            b[o + i] = (byte) (v >>> (8 * i));
        }
    }

    private static byte[] compress(String compression, byte[] in) {
        if (compression.equals("zlib")) {
            Deflater d = new Deflater();
            try {
                d.setInput(in);
                d.finish();
                byte[] out = new byte[in.length + in.length / 100 + 64];
                int n = 0;
                while (!d.finished()) {
                    if (n == out.length) {
                        out = java.util.Arrays.copyOf(out, out.length * 2);
                    }
                    n += d.deflate(out, n, out.length - n);
                }
                return java.util.Arrays.copyOf(out, n);
            } finally {
                d.end();
            }
        }
        ZstdCompressor z = new ZstdCompressor();
        byte[] out = new byte[z.maxCompressedLength(in.length)];
        int n = z.compress(in, 0, in.length, out, 0, out.length);
        return java.util.Arrays.copyOf(out, n);
    }

    /** Section: u16 id, u16 flags, u32 description string id, u64 size, [u32 comp, u32 plain,] data. */
    private static long section(int id, byte[] content, String compression, Out o) throws IOException {
        long at = o.pos;
        boolean comp = !compression.equals("none");
        byte[] data = comp ? compress(compression, content) : content;
        o.u16(id);
        o.u16(comp ? 1 : 0);
        o.u32(0);
        o.u64(comp ? data.length + 8 : data.length);
        if (comp) {
            o.u32(data.length);
            o.u32(content.length);
        }
        o.bytes(data);
        return at;
    }

    private static void writeV7(TraceDatFile f, List<byte[]> streams, int repeat, long shift, String compression,
            Out o) throws IOException {
        initial(f, 7, o);
        o.cstr(compression);
        o.cstr(compression.equals("none") ? "" : "pagelab");
        long optsPatch = o.pos;
        o.u64(0);
        long hi = section(16, headerInfo(f), compression, o);
        long fe = section(17, ftraceEvents(f), compression, o);
        long ef = section(18, eventFormats(f), compression, o);
        long ks = section(19, sized32(f.kallsyms()), compression, o);
        long pk = section(20, sized32(f.printk), compression, o);
        Mem cm = new Mem();
        cm.u64(utf8(f.cmdlines).length);
        cm.bytes(utf8(f.cmdlines));
        long cl = section(21, cm.toByteArray(), compression, o);
        // flyrecord section: header, then page-aligned CPU data
        long fly = o.pos;
        o.u16(3);
        o.u16(compression.equals("none") ? 0 : 1);
        o.u32(0);
        o.u64(0);
        long[] offs = new long[streams.size()];
        long[] sizes = new long[streams.size()];
        for (int c = 0; c < streams.size(); c++) {
            o.pad(f.pageSize);
            offs[c] = o.pos;
            if (compression.equals("none")) {
                writePages(streams.get(c), f.pageSize, repeat, shift, o);
                sizes[c] = o.pos - offs[c];
            } else {
                byte[] s = streams.get(c);
                int pages = s.length / f.pageSize;
                int chunksPerCopy = (pages + CHUNK_PAGES - 1) / CHUNK_PAGES;
                o.u32((long) chunksPerCopy * repeat);
                long start = o.pos;
                for (int r = 0; r < repeat; r++) {
                    for (int p = 0; p < pages; p += CHUNK_PAGES) {
                        int n = Math.min(CHUNK_PAGES, pages - p);
                        byte[] chunk = java.util.Arrays.copyOfRange(s, p * f.pageSize, (p + n) * f.pageSize);
                        for (int k = 0; k < n; k++) {
                            byte[] page = java.util.Arrays.copyOfRange(chunk, k * f.pageSize, (k + 1) * f.pageSize);
                            shiftPage(page, r * shift);
                            System.arraycopy(page, 0, chunk, k * f.pageSize, f.pageSize);
                        }
                        byte[] z = compress(compression, chunk);
                        o.u32(z.length);
                        o.u32(chunk.length);
                        o.bytes(z);
                    }
                }
                sizes[c] = o.pos - start;
            }
        }
        o.patchU64(fly + 8, o.pos - fly - 16);
        // options section, last, pointing at everything above
        Mem opts = new Mem();
        long[][] refs = {{16, hi}, {17, fe}, {18, ef}, {19, ks}, {20, pk}, {21, cl}};
        for (long[] r : refs) {
            option(opts, (int) r[0], le64(r[1]));
        }
        Mem cpus = new Mem();
        cpus.u32(f.cpuCount > 0 ? f.cpuCount : streams.size());
        option(opts, 8, cpus.toByteArray());
        Mem buf = new Mem();
        buf.u64(fly);
        buf.cstr("");
        buf.cstr(f.info.getOrDefault("clock", "local"));
        buf.u32(f.pageSize);
        buf.u32(streams.size());
        for (int c = 0; c < streams.size(); c++) {
            buf.u32(f.cpus.get(c).cpu());
            buf.u64(offs[c]);
            buf.u64(sizes[c]);
        }
        option(opts, 3, buf.toByteArray());
        if (f.info.containsKey("uname")) {
            option(opts, 5, cbytes(f.info.get("uname")));
        }
        option(opts, 9, cbytes("pagelab DatWriter"));
        option(opts, 0, le64(0));
        long optsAt = section(0, opts.toByteArray(), "none", o);
        o.patchU64(optsPatch, optsAt);
    }

    private static byte[] le64(long v) {
        Mem m = new Mem();
        m.u64(v);
        return m.toByteArray();
    }

    private static byte[] cbytes(String s) {
        Mem m = new Mem();
        m.cstr(s);
        return m.toByteArray();
    }

    private static void option(Mem m, int id, byte[] data) {
        m.write(id & 0xFF);
        m.write(id >>> 8);
        m.u32(data.length);
        m.bytes(data);
    }
}
