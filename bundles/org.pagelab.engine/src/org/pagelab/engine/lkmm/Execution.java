package org.pagelab.engine.lkmm;

/**
 * A candidate execution: a {@link Skeleton} plus a reads-from source for
 * every read and a coherence order per location.
 * <p>
 * As in lock.cat, the coherence order is chosen over W | LKW (with IW first
 * and an unmatched LKW last); each UL is then merged right after the LKW of
 * its critical section ({@code co = (co | critical | (critical^-1 ; co))+}),
 * and each LKR reads from the co-predecessor of its LKW when that is IW or
 * UL ({@code rf |= [IW | UL] ; singlestep(co) ; lk-rmw^-1}).
 */
public final class Execution {
    public final Skeleton sk;
    private final int[][] coBase;
    private final int[] rfSrc;
    private int[][] coSeq;
    private Rel co;
    private Rel rf;
    private Rel fr;

    /**
     * @param coBase per location, the coherence order of its writes (IW,
     *               native writes and LKW; not UL), as global ids
     * @param rfSrc  per event, the global id of the write it reads from
     *               (native reads, LF, RL, RU), or -1
     */
    public Execution(Skeleton sk, int[][] coBase, int[] rfSrc) {
        this.sk = sk;
        this.coBase = coBase;
        this.rfSrc = rfSrc;
    }

    /** Per location, the merged coherence order including UL events. */
    public int[][] coSequences() {
        if (coSeq == null) {
            int[] ulOf = new int[sk.n];
            java.util.Arrays.fill(ulOf, -1);
            for (int k = Bits.next(sk.LKW, 0); k >= 0; k = Bits.next(sk.LKW, k + 1)) {
                int u = sk.critical.nextSucc(k, 0);
                ulOf[k] = u;
            }
            coSeq = new int[coBase.length][];
            for (int l = 0; l < coBase.length; l++) {
                int[] base = coBase[l];
                int extra = 0;
                for (int e : base) {
                    if (ulOf[e] >= 0) {
                        extra++;
                    }
                }
                int[] seq = new int[base.length + extra];
                int p = 0;
                for (int e : base) {
                    seq[p++] = e;
                    if (ulOf[e] >= 0) {
                        seq[p++] = ulOf[e];
                    }
                }
                coSeq[l] = seq;
            }
        }
        return coSeq;
    }

    /** co: the coherence order (strict, transitive). */
    public Rel co() {
        if (co == null) {
            co = Rel.empty(sk.n);
            for (int[] seq : coSequences()) {
                for (int i = 0; i < seq.length; i++) {
                    for (int j = i + 1; j < seq.length; j++) {
                        co.add(seq[i], seq[j]);
                    }
                }
            }
        }
        return co;
    }

    /** rf: reads-from, incl. the lock events' (lock.cat). */
    public Rel rf() {
        if (rf == null) {
            rf = Rel.empty(sk.n);
            for (int i = 0; i < sk.n; i++) {
                if (rfSrc[i] >= 0) {
                    rf.add(rfSrc[i], i);
                }
            }
            for (int[] seq : coSequences()) {
                for (int p = 1; p < seq.length; p++) {
                    int w = seq[p];
                    if (sk.ev[w].kind == Ev.Kind.LOCK_WRITE) {
                        int pred = seq[p - 1];
                        Ev.Kind pk = sk.ev[pred].kind;
                        if (pk == Ev.Kind.INIT || pk == Ev.Kind.UNLOCK) {
                            // the LKR whose lk-rmw partner is w
                            for (int r = Bits.next(sk.LKR, 0); r >= 0; r = Bits.next(sk.LKR, r + 1)) {
                                if (sk.lkRmw.has(r, w)) {
                                    rf.add(pred, r);
                                }
                            }
                        }
                    }
                }
            }
        }
        return rf;
    }

    /** fr = rf^-1 ; co. */
    public Rel fr() {
        if (fr == null) {
            fr = rf().inverse().seq(co());
        }
        return fr;
    }

    /** The source of a read, or -1. */
    public int rfSource(int read) {
        if (rfSrc[read] >= 0) {
            return rfSrc[read];
        }
        return rf().inverse().nextSucc(read, 0);
    }

    /** The final value of a location: the value of its co-last write. */
    public long finalValue(int loc) {
        int[] seq = coSequences()[loc];
        return sk.ev[seq[seq.length - 1]].value;
    }

    /** Events whose value is last in co (the set FW). */
    public long[] finalWrites() {
        long[] fw = Bits.empty(sk.n);
        for (int[] seq : coSequences()) {
            Bits.set(fw, seq[seq.length - 1]);
        }
        return fw;
    }
}
