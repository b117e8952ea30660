package org.pagelab.engine.lkmm;

import java.util.Arrays;

/**
 * A binary relation over events {@code 0..n-1} as a bit matrix (row i holds
 * the successors of i). The operators are those of the cat language used by
 * herd7 models: union {@code |}, intersection {@code &}, difference
 * {@code \}, sequence {@code ;}, inverse {@code ^-1}, closures {@code +},
 * {@code *}, {@code ?}, restriction {@code [S];r;[T]}, and the checks
 * {@code acyclic}, {@code irreflexive}, {@code empty}.
 * <p>
 * Operators return new relations; only {@link #add}, {@link #orInPlace} and
 * the builders mutate. Cost: sequence and closure are O(n^2 * n/64).
 */
public final class Rel {
    final int n;
    final int w;
    final long[] b;

    private Rel(int n) {
        this.n = n;
        this.w = Bits.words(n);
        this.b = new long[n * w];
    }

    private Rel(int n, long[] bits) {
        this.n = n;
        this.w = Bits.words(n);
        this.b = bits;
    }

    public static Rel empty(int n) {
        return new Rel(n);
    }

    /** The identity {@code id}. */
    public static Rel id(int n) {
        Rel r = new Rel(n);
        for (int i = 0; i < n; i++) {
            r.add(i, i);
        }
        return r;
    }

    /** {@code [S]}: the identity on set S. */
    public static Rel id(int n, long[] s) {
        Rel r = new Rel(n);
        for (int i = Bits.next(s, 0); i >= 0; i = Bits.next(s, i + 1)) {
            r.add(i, i);
        }
        return r;
    }

    /** {@code S * T}: the cartesian product. */
    public static Rel cross(int n, long[] s, long[] t) {
        Rel r = new Rel(n);
        for (int i = Bits.next(s, 0); i >= 0; i = Bits.next(s, i + 1)) {
            System.arraycopy(t, 0, r.b, i * r.w, r.w);
        }
        return r;
    }

    public int size() {
        return n;
    }

    public boolean has(int i, int j) {
        return (b[i * w + (j >>> 6)] & (1L << j)) != 0;
    }

    /** Adds the pair (i, j); mutates this relation. */
    public Rel add(int i, int j) {
        b[i * w + (j >>> 6)] |= 1L << j;
        return this;
    }

    /** Removes the pair (i, j); mutates this relation. */
    public Rel remove(int i, int j) {
        b[i * w + (j >>> 6)] &= ~(1L << j);
        return this;
    }

    /** The successors of i (a copy). */
    public long[] row(int i) {
        return Arrays.copyOfRange(b, i * w, i * w + w);
    }

    /** The next successor of i at or after {@code from}, or -1. */
    public int nextSucc(int i, int from) {
        int base = i * w;
        int wi = from >>> 6;
        if (wi >= w) {
            return -1;
        }
        long word = b[base + wi] & (-1L << from);
        while (true) {
            if (word != 0) {
                return (wi << 6) + Long.numberOfTrailingZeros(word);
            }
            if (++wi >= w) {
                return -1;
            }
            word = b[base + wi];
        }
    }

    public Rel copy() {
        return new Rel(n, b.clone());
    }

    /** {@code this | o}, in place; returns true when this relation grew. */
    public boolean orInPlace(Rel o) {
        boolean grew = false;
        for (int k = 0; k < b.length; k++) {
            long v = b[k] | o.b[k];
            if (v != b[k]) {
                grew = true;
                b[k] = v;
            }
        }
        return grew;
    }

    public Rel union(Rel o) {
        Rel r = copy();
        for (int k = 0; k < b.length; k++) {
            r.b[k] |= o.b[k];
        }
        return r;
    }

    public static Rel union(Rel first, Rel... more) {
        Rel r = first.copy();
        for (Rel o : more) {
            for (int k = 0; k < r.b.length; k++) {
                r.b[k] |= o.b[k];
            }
        }
        return r;
    }

    public Rel inter(Rel o) {
        Rel r = copy();
        for (int k = 0; k < b.length; k++) {
            r.b[k] &= o.b[k];
        }
        return r;
    }

    public Rel minus(Rel o) {
        Rel r = copy();
        for (int k = 0; k < b.length; k++) {
            r.b[k] &= ~o.b[k];
        }
        return r;
    }

    /** {@code this ; o}. */
    public Rel seq(Rel o) {
        Rel r = new Rel(n);
        for (int i = 0; i < n; i++) {
            int ri = i * w;
            for (int k = nextSucc(i, 0); k >= 0; k = nextSucc(i, k + 1)) {
                int rk = k * w;
                for (int x = 0; x < w; x++) {
                    r.b[ri + x] |= o.b[rk + x];
                }
            }
        }
        return r;
    }

    /** {@code r1 ; r2 ; ... }. */
    public static Rel seq(Rel first, Rel... more) {
        Rel r = first;
        for (Rel o : more) {
            r = r.seq(o);
        }
        return r;
    }

    /** {@code this ^-1}. */
    public Rel inverse() {
        Rel r = new Rel(n);
        for (int i = 0; i < n; i++) {
            for (int j = nextSucc(i, 0); j >= 0; j = nextSucc(i, j + 1)) {
                r.add(j, i);
            }
        }
        return r;
    }

    /** {@code [s] ; this}. */
    public Rel dom(long[] s) {
        Rel r = new Rel(n);
        for (int i = Bits.next(s, 0); i >= 0 && i < n; i = Bits.next(s, i + 1)) {
            System.arraycopy(b, i * w, r.b, i * w, w);
        }
        return r;
    }

    /** {@code this ; [t]}. */
    public Rel ran(long[] t) {
        Rel r = copy();
        for (int i = 0; i < n; i++) {
            int ri = i * w;
            for (int x = 0; x < w; x++) {
                r.b[ri + x] &= t[x];
            }
        }
        return r;
    }

    /** {@code [s] ; this ; [t]}. */
    public Rel restrict(long[] s, long[] t) {
        Rel r = new Rel(n);
        for (int i = Bits.next(s, 0); i >= 0 && i < n; i = Bits.next(s, i + 1)) {
            int ri = i * w;
            for (int x = 0; x < w; x++) {
                r.b[ri + x] = b[ri + x] & t[x];
            }
        }
        return r;
    }

    /** {@code this?} = {@code this | id}. */
    public Rel opt() {
        Rel r = copy();
        for (int i = 0; i < n; i++) {
            r.add(i, i);
        }
        return r;
    }

    /** {@code this+}: the transitive closure (Warshall on bit rows). */
    public Rel plus() {
        Rel r = copy();
        for (int k = 0; k < n; k++) {
            int rk = k * w;
            int kw = k >>> 6;
            long kb = 1L << k;
            for (int i = 0; i < n; i++) {
                int ri = i * w;
                if ((r.b[ri + kw] & kb) != 0) {
                    for (int x = 0; x < w; x++) {
                        r.b[ri + x] |= r.b[rk + x];
                    }
                }
            }
        }
        return r;
    }

    /** {@code this*}: the reflexive-transitive closure. */
    public Rel star() {
        Rel r = plus();
        for (int i = 0; i < n; i++) {
            r.add(i, i);
        }
        return r;
    }

    /** {@code domain(this)}. */
    public long[] domain() {
        long[] s = Bits.empty(n);
        for (int i = 0; i < n; i++) {
            int ri = i * w;
            for (int x = 0; x < w; x++) {
                if (b[ri + x] != 0) {
                    Bits.set(s, i);
                    break;
                }
            }
        }
        return s;
    }

    /** {@code range(this)}. */
    public long[] range() {
        long[] s = Bits.empty(n);
        for (int i = 0; i < n; i++) {
            int ri = i * w;
            for (int x = 0; x < w; x++) {
                s[x] |= b[ri + x];
            }
        }
        return s;
    }

    /** {@code empty this}. */
    public boolean isEmpty() {
        for (long v : b) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code irreflexive this}. */
    public boolean isIrreflexive() {
        for (int i = 0; i < n; i++) {
            if (has(i, i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code acyclic this}: no path from an event back to itself. Iterative
     * depth-first search with three colours; O(n^2 / 64 + edges).
     */
    public boolean isAcyclic() {
        return findCycle() == null;
    }

    /** A cycle as a list of events (first repeated at the end), or null. */
    public int[] findCycle() {
        byte[] colour = new byte[n];
        int[] stack = new int[n];
        int[] cursor = new int[n];
        int[] parent = new int[n];
        for (int root = 0; root < n; root++) {
            if (colour[root] != 0) {
                continue;
            }
            int sp = 0;
            stack[sp++] = root;
            cursor[root] = 0;
            colour[root] = 1;
            parent[root] = -1;
            while (sp > 0) {
                int v = stack[sp - 1];
                int nx = nextSucc(v, cursor[v]);
                if (nx < 0) {
                    colour[v] = 2;
                    sp--;
                    continue;
                }
                cursor[v] = nx + 1;
                if (colour[nx] == 1) {
                    // back edge v -> nx: cycle nx ... v nx
                    int len = 1;
                    for (int u = v; u != nx; u = parent[u]) {
                        len++;
                    }
                    int[] cyc = new int[len + 1];
                    int p = len - 1;
                    for (int u = v; u != nx; u = parent[u]) {
                        cyc[p--] = u;
                    }
                    cyc[0] = nx;
                    cyc[len] = nx;
                    return cyc;
                }
                if (colour[nx] == 0) {
                    colour[nx] = 1;
                    parent[nx] = v;
                    cursor[nx] = 0;
                    stack[sp++] = nx;
                }
            }
        }
        return null;
    }

    /** Number of pairs. */
    public int count() {
        int c = 0;
        for (long v : b) {
            c += Long.bitCount(v);
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rel r && r.n == n && Arrays.equals(r.b, b);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(b);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < n; i++) {
            for (int j = nextSucc(i, 0); j >= 0; j = nextSucc(i, j + 1)) {
                if (s.length() > 1) {
                    s.append(", ");
                }
                s.append(i).append("->").append(j);
            }
        }
        return s.append('}').toString();
    }
}
