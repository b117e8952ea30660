package org.pagelab.engine.trace;

import java.util.Arrays;

/**
 * An inverted index: for each key 0..K-1 (a CPU, a pid, an event type, a
 * page, an mm), the ascending list of the event indices that carry it.
 * Lists are delta coded as unsigned varints in one byte array (dense lists
 * cost about one byte per event); lists longer than {@value #SKIP} entries
 * get a skip table so that the first event at or after a given index is
 * found in O(log n). Reading one key's list costs O(length of that list).
 */
public final class PostingIndex {
    static final int SKIP = 128;

    private final byte[] data;
    private final long[] start; // byte offset of each key's list; start[K] = data.length
    private final int[] count;
    private final int[][] skips; // per key, null or {event0, offset0, event1, offset1, ...} every SKIP entries

    private PostingIndex(byte[] data, long[] start, int[] count, int[][] skips) {
        this.data = data;
        this.start = start;
        this.count = count;
        this.skips = skips;
    }

    /** Empty index with {@code keys} keys. */
    static PostingIndex empty(int keys) {
        return new PostingIndex(new byte[0], new long[keys + 1], new int[keys], new int[keys][]);
    }

    public int keys() {
        return count.length;
    }

    /** Number of events with this key. */
    public int count(int key) {
        return key < 0 || key >= count.length ? 0 : count[key];
    }

    /**
     * Builds from n events, event j carrying key keys[j] (negative: none).
     * Two passes, memory O(K) besides the result.
     */
    static PostingIndex build(int keyCount, int[] keys, int n) {
        return build(keyCount, keys, null, n);
    }

    /**
     * Builds from n (key, event) pairs sorted by event: pair j is
     * (int) pairs[j] for the key and pairs[j] >>> 32 for the event.
     */
    static PostingIndex buildPairs(int keyCount, long[] pairs, int n) {
        int[] keys = new int[n];
        int[] events = new int[n];
        for (int j = 0; j < n; j++) {
            keys[j] = (int) pairs[j];
            events[j] = (int) (pairs[j] >>> 32);
        }
        return build(keyCount, keys, events, n);
    }

    /** Item j is (keys[j], events == null ? j : events[j]), in ascending event order. */
    private static PostingIndex build(int keyCount, int[] keys, int[] events, int n) {
        int[] count = new int[keyCount];
        long[] bytes = new long[keyCount];
        int[] last = new int[keyCount];
        Arrays.fill(last, -1);
        for (int j = 0; j < n; j++) {
            int k = keys[j];
            if (k < 0) {
                continue;
            }
            int e = events == null ? j : events[j];
            if (e == last[k]) {
                continue; // the same event twice under one key (e.g. two pfn fields equal)
            }
            bytes[k] += varintSize(e - last[k] - 1);
            last[k] = e;
            count[k]++;
        }
        long[] start = new long[keyCount + 1];
        for (int k = 0; k < keyCount; k++) {
            start[k + 1] = start[k] + bytes[k];
        }
        if (start[keyCount] > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("index larger than 2 GB");
        }
        byte[] data = new byte[(int) start[keyCount]];
        int[][] skips = new int[keyCount][];
        for (int k = 0; k < keyCount; k++) {
            if (count[k] > SKIP) {
                skips[k] = new int[2 * ((count[k] + SKIP - 1) / SKIP)];
            }
        }
        int[] pos = new int[keyCount];
        int[] seen = new int[keyCount];
        for (int k = 0; k < keyCount; k++) {
            pos[k] = (int) start[k];
        }
        Arrays.fill(last, -1);
        for (int j = 0; j < n; j++) {
            int k = keys[j];
            if (k < 0) {
                continue;
            }
            int e = events == null ? j : events[j];
            if (e == last[k]) {
                continue;
            }
            int sn = seen[k]++;
            if ((sn & (SKIP - 1)) == 0 && skips[k] != null) {
                skips[k][2 * (sn / SKIP)] = e;
                skips[k][2 * (sn / SKIP) + 1] = pos[k];
            }
            int v = e - last[k] - 1;
            int p = pos[k];
            while ((v & ~0x7F) != 0) {
                data[p++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            data[p++] = (byte) v;
            pos[k] = p;
            last[k] = e;
        }
        return new PostingIndex(data, start, count, skips);
    }

    private static int varintSize(int v) {
        int n = 1;
        while ((v & ~0x7F) != 0) {
            v >>>= 7;
            n++;
        }
        return n;
    }

    /** A cursor over the events of key, in ascending order. */
    public Cursor cursor(int key) {
        Cursor c = new Cursor();
        if (key >= 0 && key < count.length) {
            c.pos = (int) start[key];
            c.end = (int) start[key + 1];
            c.remaining = count[key];
        }
        return c;
    }

    /** A cursor over the events of key that are >= fromEvent. */
    public Cursor cursorFrom(int key, int fromEvent) {
        Cursor c = cursor(key);
        if (key < 0 || key >= count.length) {
            return c;
        }
        int[] sk = skips[key];
        if (sk != null) {
            // last skip block whose first event is <= fromEvent
            int lo = 0;
            int hi = sk.length / 2 - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (sk[2 * mid] <= fromEvent) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            if (found > 0) {
                // entry found*SKIP starts at sk[2*found+1]; its delta is relative to an
                // event we did not decode, so the cursor takes its value from the table
                c.pos = sk[2 * found + 1];
                c.remaining = count[key] - found * SKIP;
                c.absoluteNext = sk[2 * found];
            }
        }
        while (c.advance()) {
            if (c.value >= fromEvent) {
                c.pending = true;
                break;
            }
        }
        return c;
    }

    /** All events of key as an array (ascending). */
    public int[] toArray(int key) {
        int[] out = new int[count(key)];
        Cursor c = cursor(key);
        int i = 0;
        while (c.next()) {
            out[i++] = c.value();
        }
        return out;
    }

    long residentBytes() {
        long b = 64 + 16 + data.length + 16 + 8L * start.length + 16 + 4L * count.length + 16 + 4L * skips.length;
        for (int[] s : skips) {
            b += s == null ? 0 : 16 + 4L * s.length;
        }
        return b;
    }

    /** Iterates one key's list. */
    public final class Cursor {
        private int pos;
        private int end;
        private int remaining;
        private int value = -1;
        private int absoluteNext = -1;
        private boolean pending;

        /** Advances; false at the end. */
        public boolean next() {
            if (pending) {
                pending = false;
                return true;
            }
            return advance();
        }

        private boolean advance() {
            if (remaining <= 0 || pos >= end) {
                return false;
            }
            int v = 0;
            int shift = 0;
            byte b;
            do {
                b = data[pos++];
                v |= (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0 && pos < end);
            remaining--;
            if (absoluteNext >= 0) {
                value = absoluteNext;
                absoluteNext = -1;
            } else {
                value = value + v + 1;
            }
            return true;
        }

        /** The current event index. */
        public int value() {
            return value;
        }
    }
}
