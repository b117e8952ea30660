package org.pagelab.engine.lkmm;

import java.util.Arrays;

/**
 * Event sets as bit sets over event indexes {@code 0..n-1}, stored in
 * {@code long[]} of {@link #words(int)} words. Every operation returns a new
 * array unless its name says "InPlace". These are the sets of the cat
 * language ({@code R}, {@code W}, {@code Marked}, ...).
 */
public final class Bits {
    private Bits() {
    }

    /** Words needed for {@code n} bits. */
    public static int words(int n) {
        return (n + 63) >>> 6;
    }

    public static long[] empty(int n) {
        return new long[words(n)];
    }

    public static long[] all(int n) {
        long[] s = new long[words(n)];
        for (int i = 0; i < n; i++) {
            s[i >>> 6] |= 1L << i;
        }
        return s;
    }

    public static long[] of(int n, int... members) {
        long[] s = empty(n);
        for (int m : members) {
            s[m >>> 6] |= 1L << m;
        }
        return s;
    }

    public static boolean has(long[] s, int i) {
        return (s[i >>> 6] & (1L << i)) != 0;
    }

    public static void set(long[] s, int i) {
        s[i >>> 6] |= 1L << i;
    }

    public static void clear(long[] s, int i) {
        s[i >>> 6] &= ~(1L << i);
    }

    public static long[] union(long[] a, long[] b) {
        long[] r = a.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] |= b[i];
        }
        return r;
    }

    public static long[] union(long[] a, long[] b, long[] c) {
        long[] r = a.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] |= b[i] | c[i];
        }
        return r;
    }

    public static long[] inter(long[] a, long[] b) {
        long[] r = a.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] &= b[i];
        }
        return r;
    }

    public static long[] minus(long[] a, long[] b) {
        long[] r = a.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] &= ~b[i];
        }
        return r;
    }

    /** Complement within {@code 0..n-1}. */
    public static long[] complement(int n, long[] a) {
        return minus(all(n), a);
    }

    public static boolean isEmpty(long[] a) {
        for (long w : a) {
            if (w != 0) {
                return false;
            }
        }
        return true;
    }

    public static int count(long[] a) {
        int c = 0;
        for (long w : a) {
            c += Long.bitCount(w);
        }
        return c;
    }

    /** The next member at or after {@code from}, or -1. */
    public static int next(long[] s, int from) {
        int wi = from >>> 6;
        if (wi >= s.length) {
            return -1;
        }
        long w = s[wi] & (-1L << from);
        while (true) {
            if (w != 0) {
                return (wi << 6) + Long.numberOfTrailingZeros(w);
            }
            if (++wi >= s.length) {
                return -1;
            }
            w = s[wi];
        }
    }

    public static boolean equal(long[] a, long[] b) {
        return Arrays.equals(a, b);
    }

    public static String toString(long[] s) {
        StringBuilder b = new StringBuilder("{");
        for (int i = next(s, 0); i >= 0; i = next(s, i + 1)) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append(i);
        }
        return b.append('}').toString();
    }
}
