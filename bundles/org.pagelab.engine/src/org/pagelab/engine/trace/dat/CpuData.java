package org.pagelab.engine.trace.dat;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.pagelab.engine.trace.Problem;

/**
 * One CPU's ring-buffer pages in a trace.dat: a plain file area (mapped
 * into memory window by window), or, in compressed v7 files, a sequence of
 * chunks ({@code u32 count; per chunk: u32 compressed size, u32 size,
 * data}) each holding whole pages. Pages are addressed by their offset in
 * the CPU's uncompressed stream.
 */
final class CpuData {
    private static final long WINDOW = 256L << 20;

    final int cpu;
    final TraceDatFile f;
    final long offset;
    final long declaredSize;
    final int pageSize;
    /** Bytes of uncompressed stream actually present. */
    long streamSize;
    /** Set if the data ends early or a chunk is unusable: where and why. */
    Problem damage;

    // compressed chunks
    private final boolean compressed;
    private long[] chunkFileOff = new long[0]; // offset of the compressed bytes
    private int[] chunkComp = new int[0];
    private long[] chunkStart = new long[0]; // start in the uncompressed stream
    private int[] chunkLen = new int[0];
    private int chunks;

    private MappedByteBuffer window;
    private long windowStart = -1;
    private final Map<Integer, byte[]> chunkCache = new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, byte[]> e) {
            return size() > 4;
        }
    };

    CpuData(TraceDatFile f, TraceDatFile.CpuBuffer b) throws IOException {
        this.f = f;
        this.cpu = b.cpu();
        this.offset = b.offset();
        this.declaredSize = b.size();
        this.pageSize = f.pageSize;
        this.compressed = f.decompressor != null;
        if (compressed) {
            scanChunks();
        } else {
            long avail = Math.max(0, Math.min(declaredSize, f.fileSize - offset));
            if (offset > f.fileSize) {
                avail = 0;
            }
            streamSize = avail;
            if (avail < declaredSize) {
                damage = new Problem(Problem.Kind.TRUNCATED, -1, offset + avail, "CPU " + cpu + " data is cut: "
                        + avail + " of " + declaredSize + " bytes present (file truncated?)", "");
            }
        }
    }

    private void scanChunks() throws IOException {
        if (declaredSize == 0) {
            return;
        }
        long p = offset;
        // the BUFFER option's size counts the chunks, not the 4-byte chunk count before them
        long end = Math.min(f.fileSize, offset + 4 + declaredSize);
        if (p + 4 > f.fileSize) {
            damage = new Problem(Problem.Kind.TRUNCATED, -1, p, "CPU " + cpu + " data is missing (file truncated?)",
                    "");
            return;
        }
        long count;
        try {
            count = f.u32(p, "chunk count");
        } catch (DatFormatException e) {
            damage = new Problem(Problem.Kind.TRUNCATED, -1, p, e.getMessage(), "");
            return;
        }
        p += 4;
        long stream = 0;
        int cap = (int) Math.min(count, 1 << 16);
        chunkFileOff = new long[Math.max(1, cap)];
        chunkComp = new int[chunkFileOff.length];
        chunkStart = new long[chunkFileOff.length];
        chunkLen = new int[chunkFileOff.length];
        for (long k = 0; k < count; k++) {
            if (p + 8 > end) {
                damage = new Problem(Problem.Kind.TRUNCATED, -1, p, "CPU " + cpu + ": chunk " + k + " of " + count
                        + " is missing (file truncated?)", "");
                break;
            }
            long comp;
            long plain;
            try {
                byte[] h = f.read(p, 8, "chunk header");
                comp = DatBytes.u32(h, 0, f.le);
                plain = DatBytes.u32(h, 4, f.le);
            } catch (DatFormatException e) {
                damage = new Problem(Problem.Kind.TRUNCATED, -1, p, e.getMessage(), "");
                break;
            }
            if (plain == 0 || plain > (64 << 20) || comp > (64 << 20) || plain % pageSize != 0) {
                damage = new Problem(Problem.Kind.CORRUPT, -1, p, "CPU " + cpu + ": chunk " + k
                        + " has an implausible header (" + comp + " -> " + plain + " bytes)", "");
                break;
            }
            if (p + 8 + comp > end) {
                damage = new Problem(Problem.Kind.TRUNCATED, -1, p, "CPU " + cpu + ": chunk " + k + " of " + count
                        + " is cut (file truncated?)", "");
                break;
            }
            if (chunks == chunkFileOff.length) {
                int n = chunks * 2;
                chunkFileOff = Arrays.copyOf(chunkFileOff, n);
                chunkComp = Arrays.copyOf(chunkComp, n);
                chunkStart = Arrays.copyOf(chunkStart, n);
                chunkLen = Arrays.copyOf(chunkLen, n);
            }
            chunkFileOff[chunks] = p + 8;
            chunkComp[chunks] = (int) comp;
            chunkStart[chunks] = stream;
            chunkLen[chunks] = (int) plain;
            chunks++;
            stream += plain;
            p += 8 + comp;
        }
        streamSize = stream;
    }

    /** Drops the decompressed chunks (after loading: re-reads refill the cache as needed). */
    synchronized void clearCache() {
        prefetch = false;
        if (next != null) {
            next.cancel(false);
            next = null;
        }
        chunkCache.clear();
        window = null;
        windowStart = -1;
    }

    /** Memory held: chunk table and decompressed chunk cache. */
    synchronized long residentBytes() {
        long b = 96 + 8L * chunkFileOff.length + 4L * chunkComp.length + 8L * chunkStart.length + 4L * chunkLen.length;
        for (byte[] c : chunkCache.values()) {
            b += 16 + c.length;
        }
        return b;
    }

    /** Number of pages in the stream (a partial last page counts). */
    long pages() {
        return (streamSize + pageSize - 1) / pageSize;
    }

    /**
     * Copies page k into dst (pageSize bytes) and returns how many bytes are
     * present (less than pageSize for a page cut by truncation), or -1 if the
     * page is unusable (its chunk is damaged).
     */
    synchronized int page(long k, byte[] dst) throws IOException {
        long start = k * pageSize;
        if (start >= streamSize) {
            return -1;
        }
        int n = (int) Math.min(pageSize, streamSize - start);
        if (!compressed) {
            long fo = offset + start;
            if (fo < windowStart || fo + n > windowStart + (window == null ? 0 : window.capacity())) {
                long ws = fo - (fo - offset) % pageSize;
                long wl = Math.min(WINDOW, offset + streamSize - ws);
                window = f.ch.map(FileChannel.MapMode.READ_ONLY, ws, wl);
                windowStart = ws;
            }
            window.get((int) (fo - windowStart), dst, 0, n);
            return n;
        }
        int c = chunkOf(start);
        if (c < 0) {
            return -1;
        }
        byte[] data = chunk(c);
        if (data == null) {
            return -1;
        }
        int at = (int) (start - chunkStart[c]);
        n = Math.min(n, data.length - at);
        System.arraycopy(data, at, dst, 0, n);
        return n;
    }

    private int chunkOf(long streamOffset) {
        int lo = 0;
        int hi = chunks - 1;
        int best = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (chunkStart[mid] <= streamOffset) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    /** Threads that decompress the next chunk of each CPU while the loader parses the current one. */
    private static final java.util.concurrent.ExecutorService PREFETCH = java.util.concurrent.Executors
            .newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "pagelab trace.dat inflate");
                t.setDaemon(true);
                return t;
            });

    /** Set while loading (sequential reads): decompress chunk c+1 in the background when c is read. */
    boolean prefetch;
    private java.util.concurrent.Future<byte[]> next;
    private int nextIndex = -1;

    /** Decompressed chunk c (cached), or null if damaged (then {@link #chunkDamage} says why). */
    private byte[] chunk(int c) throws IOException {
        byte[] d = chunkCache.get(c);
        if (d != null) {
            return d.length == 0 ? null : d; // an empty array marks a chunk already found damaged
        }
        try {
            if (next != null && nextIndex == c) {
                java.util.concurrent.Future<byte[]> f = next;
                next = null;
                d = f.get();
            } else {
                d = decompress(c);
            }
        } catch (DatFormatException e) {
            return damaged(c, e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof DatFormatException de) {
                return damaged(c, de);
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted");
        }
        chunkCache.put(c, d);
        if (prefetch && c + 1 < chunks && !chunkCache.containsKey(c + 1)) {
            int k = c + 1;
            nextIndex = k;
            next = PREFETCH.submit(() -> decompress(k));
        }
        return d;
    }

    private byte[] decompress(int c) throws DatFormatException, IOException {
        byte[] comp = f.read(chunkFileOff[c], chunkComp[c], "compressed chunk");
        return f.decompressor.decompress(comp, 0, comp.length, chunkLen[c], chunkFileOff[c]);
    }

    private byte[] damaged(int c, DatFormatException e) {
        chunkDamage = new Problem(e.truncated ? Problem.Kind.TRUNCATED : Problem.Kind.CORRUPT, -1,
                chunkFileOff[c] - 8, "CPU " + cpu + ": " + e.getMessage() + "; its " + chunkLen[c] / pageSize
                + " pages are skipped", "");
        chunkCache.put(c, new byte[0]);
        return null;
    }

    /** The last chunk failure (for the loader to report), cleared by the caller. */
    Problem chunkDamage;

    /** Where a stream offset lives in the file, for messages. */
    String where(long streamOffset) {
        if (!compressed) {
            return "CPU " + cpu + " at byte " + (offset + streamOffset);
        }
        int c = chunkOf(streamOffset);
        return "CPU " + cpu + " in the compressed chunk at byte " + (c < 0 ? offset : chunkFileOff[c] - 8)
                + " (+" + (c < 0 ? streamOffset : streamOffset - chunkStart[c]) + " uncompressed)";
    }

    /** File offset for a Problem: exact when uncompressed, the chunk's when compressed. */
    long fileOffset(long streamOffset) {
        if (!compressed) {
            return offset + streamOffset;
        }
        int c = chunkOf(streamOffset);
        return c < 0 ? offset : chunkFileOff[c] - 8;
    }
}
