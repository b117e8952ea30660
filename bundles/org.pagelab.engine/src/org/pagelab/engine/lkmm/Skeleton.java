package org.pagelab.engine.lkmm;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of a candidate execution fixed by the threads' behaviours: the
 * events (initial writes first, then each thread in program order), program
 * order, locations, dependencies, rmw pairs and the event sets of
 * linux-kernel.bell and lock.cat. Reads-from and coherence are added by
 * {@link Execution}. Derived static relations are cached here so that every
 * rf/co choice over the same behaviours shares them.
 */
public final class Skeleton {
    public final Locations locs;
    public final ThreadTrace[] traces;
    /** All events; index = global id. Initial writes are 0..locs.size()-1. */
    public final Ev[] ev;
    public final int n;
    /** Global id of each thread's first event. */
    public final int[] start;

    // ---- sets (long[] bit sets over global ids)
    public final long[] all;
    public final long[] IW;
    public final long[] nativeR;
    public final long[] nativeW;
    public final long[] LKR;
    public final long[] LKW;
    public final long[] UL;
    /** LF | RL (lock.cat: "Treat RL as a kind of LF"). */
    public final long[] LF;
    public final long[] RL;
    public final long[] RU;
    /** R after lock.cat: R | LKR | LF | RU. */
    public final long[] R;
    /** W after lock.cat: W | LKW | UL (with IW). */
    public final long[] W;
    public final long[] M;
    public final long[] F;
    public final long[] syncSrcu;
    public final long[] srcuLock;
    public final long[] srcuUnlock;
    /** RMW: every event of an RMW instruction, incl. a failed one. */
    public final long[] RMW;
    public final long[] failedRMW;
    /** Events carrying each access annotation. */
    public final long[][] byAccess = new long[Access.values().length][];
    /** Fence events of each kind. */
    public final long[][] byFence = new long[FenceKind.values().length][];
    /** linux-kernel.bell: Marked = (~M) | IW | ONCE | RELEASE | ACQUIRE | MB | RMW | lock events | srcu accesses. */
    public final long[] marked;
    /** Plain = M \ Marked. */
    public final long[] plain;

    // ---- static relations
    public final Rel po;
    /** int: same thread (incl. identity). */
    public final Rel intRel;
    public final Rel ext;
    public final Rel loc;
    public final Rel poLoc;
    /** Raw herd7 dependencies (before the bell's carry-dep through plain rfi). */
    public final Rel addr0;
    public final Rel data0;
    public final Rel ctrl0;
    /** Native rmw pairs of successful RMW instructions. */
    public final Rel rmwNative;
    /** lock.cat: lk-rmw = ([LKR] ; po-loc ; [LKW]) \ (po ; po). */
    public final Rel lkRmw;
    /** rmw = rmw | lk-rmw. */
    public final Rel rmw;
    /** lock.cat: critical = ([LKW] ; po-loc ; [UL]) \ (po-loc ; [LKW | UL] ; po-loc). */
    public final Rel critical;

    /** Cache slot for a model's derived static relations. */
    Object modelCache;
    Object modelCacheOwner;

    public Skeleton(Locations locs, ThreadTrace[] traces) {
        this.locs = locs;
        this.traces = traces;
        List<Ev> list = new ArrayList<>();
        for (int l = 0; l < locs.size(); l++) {
            list.add(Ev.init(l, locs.init(l)));
        }
        start = new int[traces.length];
        for (int t = 0; t < traces.length; t++) {
            start[t] = list.size();
            for (Ev e : traces[t].events()) {
                list.add(e);
            }
        }
        ev = list.toArray(new Ev[0]);
        n = ev.length;

        all = Bits.all(n);
        IW = Bits.empty(n);
        nativeR = Bits.empty(n);
        nativeW = Bits.empty(n);
        LKR = Bits.empty(n);
        LKW = Bits.empty(n);
        UL = Bits.empty(n);
        LF = Bits.empty(n);
        RL = Bits.empty(n);
        RU = Bits.empty(n);
        F = Bits.empty(n);
        syncSrcu = Bits.empty(n);
        RMW = Bits.empty(n);
        failedRMW = Bits.empty(n);
        for (int k = 0; k < byAccess.length; k++) {
            byAccess[k] = Bits.empty(n);
        }
        for (int k = 0; k < byFence.length; k++) {
            byFence[k] = Bits.empty(n);
        }
        for (int i = 0; i < n; i++) {
            Ev e = ev[i];
            switch (e.kind) {
                case INIT -> Bits.set(IW, i);
                case READ -> Bits.set(nativeR, i);
                case WRITE -> Bits.set(nativeW, i);
                case FENCE -> {
                    Bits.set(F, i);
                    Bits.set(byFence[e.fence.ordinal()], i);
                }
                case LOCK_READ -> Bits.set(LKR, i);
                case LOCK_WRITE -> Bits.set(LKW, i);
                case UNLOCK -> Bits.set(UL, i);
                case LOCK_FAIL -> Bits.set(LF, i);
                case READ_LOCKED -> {
                    Bits.set(RL, i);
                    Bits.set(LF, i);
                }
                case READ_UNLOCKED -> Bits.set(RU, i);
                case SYNC_SRCU -> Bits.set(syncSrcu, i);
            }
            if (e.access != null) {
                Bits.set(byAccess[e.access.ordinal()], i);
            }
            if (e.rmwInstr) {
                Bits.set(RMW, i);
                if (e.failed) {
                    Bits.set(failedRMW, i);
                }
            }
        }
        srcuLock = byAccess[Access.SRCU_LOCK.ordinal()];
        srcuUnlock = byAccess[Access.SRCU_UNLOCK.ordinal()];
        R = Bits.union(Bits.union(nativeR, LKR), Bits.union(LF, RU));
        W = Bits.union(Bits.union(nativeW, IW), Bits.union(LKW, UL));
        M = Bits.union(R, W);
        // Marked: everything except native R/W without annotation.
        long[] nativeM = Bits.union(nativeR, nativeW);
        long[] tagged = Bits.union(IW, RMW);
        for (Access a : Access.values()) {
            if (a != Access.PLAIN) {
                tagged = Bits.union(tagged, byAccess[a.ordinal()]);
            }
        }
        marked = Bits.union(Bits.complement(n, nativeM), Bits.inter(nativeM, tagged));
        plain = Bits.minus(M, marked);

        po = Rel.empty(n);
        intRel = Rel.empty(n);
        loc = Rel.empty(n);
        for (int i = 0; i < n; i++) {
            intRel.add(i, i);
            for (int j = 0; j < n; j++) {
                if (i != j && ev[i].thread >= 0 && ev[i].thread == ev[j].thread) {
                    intRel.add(i, j);
                    if (ev[i].local < ev[j].local) {
                        po.add(i, j);
                    }
                }
                if (ev[i].loc >= 0 && ev[i].loc == ev[j].loc) {
                    loc.add(i, j);
                }
            }
        }
        ext = Rel.cross(n, all, all).minus(intRel);
        poLoc = po.inter(loc);

        addr0 = Rel.empty(n);
        data0 = Rel.empty(n);
        ctrl0 = Rel.empty(n);
        rmwNative = Rel.empty(n);
        for (int t = 0; t < traces.length; t++) {
            int base = start[t];
            Ev[] es = traces[t].events();
            for (int k = 0; k < es.length; k++) {
                Ev e = es[k];
                int g = base + k;
                for (int d : Deps.members(e.addr)) {
                    addr0.add(base + d, g);
                }
                for (int d : Deps.members(e.data)) {
                    data0.add(base + d, g);
                }
                for (int d : Deps.members(e.ctrl)) {
                    ctrl0.add(base + d, g);
                }
                if (e.rmwPartner >= 0) {
                    rmwNative.add(g, base + e.rmwPartner);
                }
            }
        }
        Rel popo = po.seq(po);
        lkRmw = poLoc.restrict(LKR, LKW).minus(popo);
        rmw = rmwNative.union(lkRmw);
        long[] lkwOrUl = Bits.union(LKW, UL);
        critical = poLoc.restrict(LKW, UL).minus(poLoc.ran(lkwOrUl).seq(poLoc));
    }

    /** Global id of thread t's local event k. */
    public int global(int thread, int local) {
        return start[thread] + local;
    }

    public int threads() {
        return traces.length;
    }

    public long[] access(Access a) {
        return byAccess[a.ordinal()];
    }

    public long[] fence(FenceKind k) {
        return byFence[k.ordinal()];
    }

    /** fencerel(S) = (po & (_ * S)) ; po. */
    public Rel fencerel(long[] s) {
        return po.ran(s).seq(po);
    }

    /** True when the test has plain accesses (so data races and plain-coherence matter). */
    public boolean hasPlain() {
        return !Bits.isEmpty(plain);
    }
}
