package org.pagelab.engine.lkmm;

import java.util.Arrays;

/**
 * Dependency sets: bit sets over thread-local event indexes, of any length,
 * where {@code null} is the empty set. Immutable by convention.
 */
public final class Deps {
    private Deps() {
    }

    /** The set {i}. */
    public static long[] single(int i) {
        long[] s = new long[(i >>> 6) + 1];
        s[i >>> 6] = 1L << i;
        return s;
    }

    public static long[] union(long[] a, long[] b) {
        if (a == null || Bits.isEmpty(a)) {
            return b;
        }
        if (b == null || Bits.isEmpty(b)) {
            return a;
        }
        long[] r = Arrays.copyOf(a, Math.max(a.length, b.length));
        for (int i = 0; i < b.length; i++) {
            r[i] |= b[i];
        }
        return r;
    }

    /** Trailing zero words removed (for comparison); null for the empty set. */
    static long[] norm(long[] a) {
        if (a == null) {
            return null;
        }
        int n = a.length;
        while (n > 0 && a[n - 1] == 0) {
            n--;
        }
        return n == 0 ? null : Arrays.copyOf(a, n);
    }

    /** Members of the set, in increasing order. */
    public static int[] members(long[] a) {
        if (a == null) {
            return new int[0];
        }
        int[] m = new int[Bits.count(a)];
        int k = 0;
        for (int i = Bits.next(a, 0); i >= 0; i = Bits.next(a, i + 1)) {
            m[k++] = i;
        }
        return m;
    }
}
