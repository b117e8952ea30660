package org.pagelab.engine.trace;

import java.util.Arrays;

/** Append-only column of values in [0, 65535] (event type, CPU), 2 bytes each, chunked. */
final class SmallColumn {
    private static final int BITS = LongColumn.CHUNK_BITS;
    private static final int MASK = (1 << BITS) - 1;
    private char[][] chunks = new char[8][];
    private int size;

    int size() {
        return size;
    }

    void add(int v) {
        int c = size >>> BITS;
        int i = size & MASK;
        if (c == chunks.length) {
            chunks = Arrays.copyOf(chunks, c * 2);
        }
        char[] ch = chunks[c];
        if (ch == null) {
            ch = chunks[c] = new char[c == 0 ? 1024 : 1 << BITS];
        } else if (i == ch.length) {
            ch = chunks[c] = Arrays.copyOf(ch, Math.min(1 << BITS, i * 2));
        }
        ch[i] = (char) v;
        size++;
    }

    int get(int index) {
        return chunks[index >>> BITS][index & MASK];
    }

    /** All values into dst[0, size). */
    void copyTo(int[] dst) {
        for (int c = 0, base = 0; base < size; c++, base += 1 << BITS) {
            char[] ch = chunks[c];
            int n = Math.min(1 << BITS, size - base);
            for (int i = 0; i < n; i++) {
                dst[base + i] = ch[i];
            }
        }
    }

    void trim() {
        int c = size >>> BITS;
        if (c < chunks.length && chunks[c] != null) {
            chunks[c] = Arrays.copyOf(chunks[c], size & MASK);
        }
        chunks = Arrays.copyOf(chunks, (size + MASK) >>> BITS);
    }

    long residentBytes() {
        long b = 32 + 8L * chunks.length;
        for (char[] ch : chunks) {
            b += ch == null ? 0 : 16 + 2L * ch.length;
        }
        return b;
    }
}
