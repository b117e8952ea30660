package org.pagelab.engine.lkmm;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The Linux kernel memory model, translated from the kernel's
 * tools/memory-model: linux-kernel.bell, lock.cat and linux-kernel.cat (the
 * "lkmmv2" form, in which fully ordered RMWs carry Mb tags on their read and
 * write instead of explicit fences). Each step below quotes the cat
 * definition it implements. The lock.cat rf/co construction is in
 * {@link Execution}; the enumeration of candidates in {@link Explorer}.
 * <p>
 * Axioms checked, in this order: lock.cat's {@code lock-nest},
 * {@code nested-is-locked}, {@code unmatched-locks}; {@code coherence};
 * {@code atomic}; {@code happens-before}; {@code propagation}; {@code rcu};
 * {@code plain-coherence}. Flags: {@code data-race} and the static nesting
 * flags of the bell file.
 */
public final class LkmmModel implements MemoryModel {
    public static final LkmmModel INSTANCE = new LkmmModel();

    private LkmmModel() {
    }

    @Override
    public String name() {
        return "lkmm";
    }

    @Override
    public String description() {
        return "Linux kernel memory model (tools/memory-model linux-kernel.cat, lock.cat, lkmmv2)";
    }

    /** Relations and sets that depend only on the skeleton, shared by all rf/co choices. */
    static final class Static {
        long[] acquire;
        long[] release;
        long[] mbTag;
        long[] noreturn;
        long[] r4rmb;
        Rel acqPo;
        Rel poRel;
        Rel rmb;
        Rel wmb;
        Rel mbStatic;
        Rel gp;
        Rel poOpt;
        Rel rcuRscs;
        long[] rcuGp;
        long[] srcuGp;
        long[] notSrcuUnlock;
        boolean hasLocks;
        boolean hasSrcu;
        boolean hasRcuGp;
        boolean hasAfterUnlockLock;
        String staticViolation;
        Set<String> staticFlags = new LinkedHashSet<>();
        Rel rPreRmb;
        Rel rPostRmb;
    }

    Static statics(Skeleton sk) {
        if (sk.modelCacheOwner == this) {
            return (Static) sk.modelCache;
        }
        Static s = new Static();
        int n = sk.n;
        long[] M = sk.M;
        // linux-kernel.bell:
        // let FailedRMW = RMW \ (domain(rmw) | range(rmw))     (sk.failedRMW, set by the builder)
        // let Acquire = ACQUIRE \ W \ FailedRMW ; lock.cat: let Acquire = Acquire | LKR
        s.acquire = Bits.union(Bits.minus(Bits.minus(sk.access(Access.ACQUIRE), sk.W), sk.failedRMW), sk.LKR);
        // let Release = RELEASE \ R \ FailedRMW ; lock.cat: let Release = Release | UL
        s.release = Bits.union(Bits.minus(Bits.minus(sk.access(Access.RELEASE), sk.R), sk.failedRMW), sk.UL);
        // let Mb = MB \ FailedRMW   (the MB tag of smp_mb fences and of fully ordered RMWs)
        s.mbTag = Bits.minus(Bits.union(sk.access(Access.MB), sk.fence(FenceKind.MB)), sk.failedRMW);
        // let Noreturn = NORETURN \ W
        s.noreturn = Bits.minus(sk.access(Access.NORETURN), sk.W);
        // let acq-po = [Acquire] ; po ; [M]
        s.acqPo = sk.po.restrict(s.acquire, M);
        // let po-rel = [M] ; po ; [Release]
        s.poRel = sk.po.restrict(M, s.release);
        // let R4rmb = R \ Noreturn ; let rmb = [R4rmb] ; fencerel(Rmb) ; [R4rmb]
        s.r4rmb = Bits.minus(sk.R, s.noreturn);
        s.rmb = sk.fencerel(sk.fence(FenceKind.RMB)).restrict(s.r4rmb, s.r4rmb);
        // let wmb = [W] ; fencerel(Wmb) ; [W]
        s.wmb = sk.fencerel(sk.fence(FenceKind.WMB)).restrict(sk.W, sk.W);
        s.poOpt = sk.po.opt();
        long[] mbR = Bits.inter(s.mbTag, sk.R);
        long[] mbW = Bits.inter(s.mbTag, sk.W);
        // let mb = ([M] ; fencerel(Mb) ; [M]) |
        Rel mb = sk.fencerel(s.mbTag).restrict(M, M);
        //   ([M] ; po ; [Mb & R]) | ([Mb & W] ; po ; [M]) |
        mb.orInPlace(sk.po.restrict(M, mbR));
        mb.orInPlace(sk.po.restrict(mbW, M));
        //   ([M] ; fencerel(Before-atomic) ; [RMW] ; po? ; [M]) |
        mb.orInPlace(sk.fencerel(sk.fence(FenceKind.BEFORE_ATOMIC)).restrict(M, sk.RMW).seq(s.poOpt).ran(M));
        //   ([M] ; po? ; [RMW] ; fencerel(After-atomic) ; [M]) |
        mb.orInPlace(s.poOpt.restrict(M, sk.RMW).seq(sk.fencerel(sk.fence(FenceKind.AFTER_ATOMIC))).ran(M));
        //   ([M] ; po? ; [LKW] ; fencerel(After-spinlock) ; [M]) |
        mb.orInPlace(s.poOpt.restrict(M, sk.LKW).seq(sk.fencerel(sk.fence(FenceKind.AFTER_SPINLOCK))).ran(M));
        //   ([M] ; po? ; [Srcu-unlock] ; fencerel(After-srcu-read-unlock) ; [M])
        mb.orInPlace(s.poOpt.restrict(M, sk.srcuUnlock)
                .seq(sk.fencerel(sk.fence(FenceKind.AFTER_SRCU_READ_UNLOCK))).ran(M));
        //   ([M] ; po-unlock-lock-po ; [After-unlock-lock] ; po ; [M]) is added per execution (depends on rf)
        s.mbStatic = mb;
        // let gp = po ; [Sync-rcu | Sync-srcu] ; po?
        long[] syncs = Bits.union(sk.fence(FenceKind.SYNC_RCU), sk.syncSrcu);
        s.gp = sk.po.ran(syncs).seq(s.poOpt);
        s.rcuGp = sk.fence(FenceKind.SYNC_RCU);
        s.srcuGp = sk.syncSrcu;
        s.hasRcuGp = !Bits.isEmpty(syncs);
        s.notSrcuUnlock = Bits.complement(n, sk.srcuUnlock);
        s.hasLocks = !Bits.isEmpty(Bits.union(Bits.union(sk.LKR, sk.LKW), Bits.union(sk.UL, Bits.union(sk.LF, sk.RU))));
        s.hasSrcu = !Bits.isEmpty(Bits.union(sk.srcuLock, sk.srcuUnlock));
        s.hasAfterUnlockLock = !Bits.isEmpty(sk.fence(FenceKind.AFTER_UNLOCK_LOCK));
        s.rcuRscs = rcuRscs(sk, s.staticFlags);
        // Fence parts of r-pre-bounded / r-post-bounded:
        // ([R4rmb] ; fencerel(Rmb) ; [~Noreturn]) and ([~Noreturn] ; fencerel(Rmb) ; [R4rmb])
        long[] notNoreturn = Bits.complement(n, s.noreturn);
        Rel rmbFence = sk.fencerel(sk.fence(FenceKind.RMB));
        s.rPreRmb = rmbFence.restrict(s.r4rmb, notNoreturn);
        s.rPostRmb = rmbFence.restrict(notNoreturn, s.r4rmb);
        s.staticViolation = lockStaticViolation(sk);
        sk.modelCache = s;
        sk.modelCacheOwner = this;
        return s;
    }

    /**
     * linux-kernel.bell: rcu-rscs, the matching pairs of nested Rcu-lock and
     * Rcu-unlock (innermost first: the recursive definition computes exactly
     * bracket matching), with the unmatched-rcu-lock/unlock flags.
     */
    static Rel rcuRscs(Skeleton sk, Set<String> flags) {
        Rel r = Rel.empty(sk.n);
        for (int t = 0; t < sk.threads(); t++) {
            java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
            int base = sk.start[t];
            Ev[] es = sk.traces[t].events();
            for (int k = 0; k < es.length; k++) {
                if (es[k].kind != Ev.Kind.FENCE) {
                    continue;
                }
                if (es[k].fence == FenceKind.RCU_LOCK) {
                    open.push(base + k);
                } else if (es[k].fence == FenceKind.RCU_UNLOCK) {
                    if (open.isEmpty()) {
                        flags.add("unmatched-rcu-unlock");
                    } else {
                        r.add(open.pop(), base + k);
                    }
                }
            }
            if (!open.isEmpty()) {
                flags.add("unmatched-rcu-lock");
            }
        }
        return r;
    }

    /**
     * What every model here shares: lock.cat's static constraints and
     * {@code empty rmw & (fre ; coe) as atomic}. The violated name, or null.
     */
    static String lockOrAtomicViolation(Execution x) {
        Skeleton sk = x.sk;
        String lock = INSTANCE.statics(sk).staticViolation;
        if (lock != null) {
            return lock;
        }
        if (!sk.rmw.inter(x.fr().inter(sk.ext).seq(x.co().inter(sk.ext))).isEmpty()) {
            return "atomic";
        }
        return null;
    }

    /** lock.cat's static constraints: lock-nest, nested-is-locked, unmatched-locks. */
    static String lockStaticViolation(Skeleton sk) {
        if (Bits.isEmpty(sk.LKW)) {
            return null;
        }
        // (po-loc ; [UL] ; po-loc)
        Rel ulBetween = sk.poLoc.ran(sk.UL).seq(sk.poLoc);
        // empty ([LKW] ; po-loc ; [LKR]) \ (po-loc ; [UL] ; po-loc) as lock-nest
        if (!sk.poLoc.restrict(sk.LKW, sk.LKR).minus(ulBetween).isEmpty()) {
            return "lock-nest";
        }
        // empty ([LKW] ; po-loc ; [RU]) \ (po-loc ; [UL] ; po-loc) as nested-is-locked
        if (!sk.poLoc.restrict(sk.LKW, sk.RU).minus(ulBetween).isEmpty()) {
            return "nested-is-locked";
        }
        // let UNMATCHED-LKW = LKW \ domain(critical)
        // empty ([UNMATCHED-LKW] ; loc ; [UNMATCHED-LKW]) \ id as unmatched-locks
        long[] unmatched = Bits.minus(sk.LKW, sk.critical.domain());
        if (!sk.loc.restrict(unmatched, unmatched).minus(Rel.id(sk.n)).isEmpty()) {
            return "unmatched-locks";
        }
        return null;
    }

    /** Everything computed for one execution; kept for witnesses and tests. */
    public static final class Derived {
        public Rel rf, co, fr, rfe, rfi, coe, fre, com;
        public Rel addr, data, ctrl, poUnlockLockPo;
        public Rel mb, strongFence, nonrwFence, fence, ppo, cumulFence, prop, hb, pb;
        public Rel rcuOrder, rcuFence, rb;
        public Rel srcuRscs;
        public Rel rmwSequence;
        public String violation;
        public Set<String> flags = new LinkedHashSet<>();
    }

    @Override
    public String violation(Execution x) {
        return derive(x, false, false).violation;
    }

    /**
     * Only the {@code rcu} axiom ({@code irreflexive rb}), for models that
     * keep the LKMM's grace-period semantics on top of their own ordering:
     * "rcu" or null.
     */
    public String rcuViolation(Execution x) {
        Static s = statics(x.sk);
        if (!s.hasRcuGp) {
            return null;
        }
        return "rcu".equals(derive(x, false, true).violation) ? "rcu" : null;
    }

    @Override
    public Set<String> flags(Execution x) {
        return derive(x, true, false).flags;
    }

    @Override
    public boolean detectsRaces() {
        return true;
    }

    /**
     * Computes the model on an execution. With {@code withFlags}, goes on
     * after the axioms to the data-race flag.
     */
    public Derived derive(Execution x, boolean withFlags) {
        return derive(x, withFlags, false);
    }

    private Derived derive(Execution x, boolean withFlags, boolean rcuOnly) {
        Skeleton sk = x.sk;
        Static s = statics(sk);
        Derived d = new Derived();
        int n = sk.n;
        long[] M = sk.M;
        long[] marked = sk.marked;
        d.flags.addAll(s.staticFlags);
        if (s.staticViolation != null) {
            d.violation = s.staticViolation;
            return d;
        }
        Rel rf = x.rf();
        Rel co = x.co();
        Rel fr = x.fr();
        d.rf = rf;
        d.co = co;
        d.fr = fr;
        Rel rfe = rf.inter(sk.ext);
        Rel rfi = rf.inter(sk.intRel);
        d.rfe = rfe;
        d.rfi = rfi;
        // let com = rf | co | fr ; acyclic po-loc | com as coherence
        Rel com = Rel.union(rf, co, fr);
        d.com = com;
        if (!rcuOnly && !sk.poLoc.union(com).isAcyclic()) {
            d.violation = "coherence";
            return d;
        }
        Rel coe = co.inter(sk.ext);
        Rel fre = fr.inter(sk.ext);
        d.coe = coe;
        d.fre = fre;
        // empty rmw & (fre ; coe) as atomic
        if (!rcuOnly && !sk.rmw.inter(fre.seq(coe)).isEmpty()) {
            d.violation = "atomic";
            return d;
        }

        // linux-kernel.bell: let carry-dep = (data ; [~ Srcu-unlock] ; rfi)*
        // let addr = carry-dep ; addr ; let ctrl = carry-dep ; ctrl ; let data = carry-dep ; data
        Rel step = sk.data0.ran(s.notSrcuUnlock).seq(rfi);
        if (step.isEmpty()) {
            d.addr = sk.addr0;
            d.ctrl = sk.ctrl0;
            d.data = sk.data0;
        } else {
            Rel carry = step.star();
            d.addr = carry.seq(sk.addr0);
            d.ctrl = carry.seq(sk.ctrl0);
            d.data = carry.seq(sk.data0);
        }
        // linux-kernel.bell: srcu-rscs = ([Srcu-lock] ; carry-srcu-data ; data ; [Srcu-unlock]) & loc,
        // with carry-srcu-data = (data ; [~ Srcu-unlock] ; rf)*  (raw data: defined before carry-dep)
        if (s.hasSrcu) {
            Rel carrySrcu = sk.data0.ran(s.notSrcuUnlock).seq(rf).star();
            d.srcuRscs = carrySrcu.dom(sk.srcuLock).seq(sk.data0).ran(sk.srcuUnlock).inter(sk.loc);
            if (withFlags) {
                if (!Bits.isEmpty(Bits.minus(sk.srcuLock, d.srcuRscs.domain()))) {
                    d.flags.add("unmatched-srcu-lock");
                }
                if (!Bits.isEmpty(Bits.minus(sk.srcuUnlock, d.srcuRscs.range()))) {
                    d.flags.add("unmatched-srcu-unlock");
                }
                if (!d.srcuRscs.inverse().seq(d.srcuRscs).minus(Rel.id(n)).isEmpty()) {
                    d.flags.add("multiple-srcu-matches");
                }
            }
        } else {
            d.srcuRscs = Rel.empty(n);
        }

        // let po-unlock-lock-po = po ; [UL] ; (po | rf) ; [LKR] ; po
        Rel pulp;
        if (s.hasLocks) {
            pulp = sk.po.ran(sk.UL).seq(sk.po.union(rf).ran(sk.LKR)).seq(sk.po);
        } else {
            pulp = Rel.empty(n);
        }
        d.poUnlockLockPo = pulp;
        Rel mb = s.mbStatic;
        if (s.hasAfterUnlockLock && s.hasLocks) {
            // ([M] ; po-unlock-lock-po ; [After-unlock-lock] ; po ; [M])
            mb = mb.union(pulp.restrict(M, sk.fence(FenceKind.AFTER_UNLOCK_LOCK)).seq(sk.po).ran(M));
        }
        d.mb = mb;
        // let strong-fence = mb | gp
        Rel strongFence = mb.union(s.gp);
        // let nonrw-fence = strong-fence | po-rel | acq-po
        Rel nonrwFence = Rel.union(strongFence, s.poRel, s.acqPo);
        // let fence = nonrw-fence | wmb | rmb
        Rel fence = Rel.union(nonrwFence, s.wmb, s.rmb);
        d.strongFence = strongFence;
        d.nonrwFence = nonrwFence;

        // let dep = addr | data ; let rwdep = (dep | ctrl) ; [W]
        Rel dep = d.addr.union(d.data);
        Rel rwdep = dep.union(d.ctrl).ran(sk.W);
        // let overwrite = co | fr
        Rel overwrite = co.union(fr);
        // let to-w = rwdep | (overwrite & int) | (addr ; [Plain] ; wmb)
        Rel toW = Rel.union(rwdep, overwrite.inter(sk.intRel), d.addr.ran(sk.plain).seq(s.wmb));
        // let to-r = (addr ; [R]) | (dep ; [Marked] ; rfi)
        Rel toR = d.addr.ran(sk.R).union(dep.ran(marked).seq(rfi));
        // let ppo = to-r | to-w | (fence & int) | (po-unlock-lock-po & int)
        Rel ppo = Rel.union(toR, toW, fence.inter(sk.intRel), pulp.inter(sk.intRel));
        d.ppo = ppo;

        // let A-cumul(r) = (rfe ; [Marked])? ; r
        Rel rfeMarkedOpt = rfe.ran(marked).opt();
        // let rmw-sequence = (rf ; rmw)*
        Rel rmwSequence = rf.seq(sk.rmw).star();
        d.rmwSequence = rmwSequence;
        // let cumul-fence = [Marked] ; (A-cumul(strong-fence | po-rel) | wmb | po-unlock-lock-po) ; [Marked] ; rmw-sequence
        Rel cumulFence = Rel.union(rfeMarkedOpt.seq(strongFence.union(s.poRel)), s.wmb, pulp)
                .restrict(marked, marked).seq(rmwSequence);
        d.cumulFence = cumulFence;
        // let prop = [Marked] ; (overwrite & ext)? ; cumul-fence* ; [Marked] ; rfe? ; [Marked]
        Rel prop = overwrite.inter(sk.ext).opt().dom(marked).seq(cumulFence.star()).ran(marked)
                .seq(rfe.opt()).ran(marked);
        d.prop = prop;
        // let hb = [Marked] ; (ppo | rfe | ((prop \ id) & int)) ; [Marked]
        Rel hb = Rel.union(ppo, rfe, prop.minus(Rel.id(n)).inter(sk.intRel)).restrict(marked, marked);
        d.hb = hb;
        // acyclic hb as happens-before
        if (!rcuOnly && !hb.isAcyclic()) {
            d.violation = "happens-before";
            return d;
        }
        Rel hbStar = hb.star();
        // let pb = prop ; strong-fence ; hb* ; [Marked] ; acyclic pb as propagation
        Rel pb = prop.seq(strongFence).seq(hbStar).ran(marked);
        d.pb = pb;
        if (!rcuOnly && !pb.isAcyclic()) {
            d.violation = "propagation";
            return d;
        }
        Rel pbStar = pb.star();

        // RCU
        Rel rcuFence = Rel.empty(n);
        Rel rb = Rel.empty(n);
        if (s.hasRcuGp) {
            Rel rcuGp = Rel.id(n, s.rcuGp);
            Rel srcuGp = Rel.id(n, s.srcuGp);
            Rel rcuRscsi = s.rcuRscs.inverse();
            Rel srcuRscsi = d.srcuRscs.inverse();
            // let rcu-link = po? ; hb* ; pb* ; prop ; po
            Rel rcuLink = s.poOpt.seq(hbStar).seq(pbStar).seq(prop).seq(sk.po);
            Rel loc = sk.loc;
            // let rec rcu-order = rcu-gp | srcu-gp |
            //   (rcu-gp ; rcu-link ; rcu-rscsi) | ((srcu-gp ; rcu-link ; srcu-rscsi) & loc) |
            //   (rcu-rscsi ; rcu-link ; rcu-gp) | ((srcu-rscsi ; rcu-link ; srcu-gp) & loc) |
            //   (rcu-gp ; rcu-link ; rcu-order ; rcu-link ; rcu-rscsi) |
            //   ((srcu-gp ; rcu-link ; rcu-order ; rcu-link ; srcu-rscsi) & loc) |
            //   (rcu-rscsi ; rcu-link ; rcu-order ; rcu-link ; rcu-gp) |
            //   ((srcu-rscsi ; rcu-link ; rcu-order ; rcu-link ; srcu-gp) & loc) |
            //   (rcu-order ; rcu-link ; rcu-order)
            Rel gpLink = rcuGp.seq(rcuLink);
            Rel sgpLink = srcuGp.seq(rcuLink);
            Rel rscsLink = rcuRscsi.seq(rcuLink);
            Rel srscsLink = srcuRscsi.seq(rcuLink);
            Rel base = Rel.union(rcuGp, srcuGp, gpLink.seq(rcuRscsi), sgpLink.seq(srcuRscsi).inter(loc),
                    rscsLink.seq(rcuGp), srscsLink.seq(srcuGp).inter(loc));
            Rel order = base.copy();
            while (true) {
                Rel linkOrderLink = rcuLink.seq(order).seq(rcuLink);
                Rel next = Rel.union(base,
                        rcuGp.seq(linkOrderLink).seq(rcuRscsi),
                        srcuGp.seq(linkOrderLink).seq(srcuRscsi).inter(loc),
                        rcuRscsi.seq(linkOrderLink).seq(rcuGp),
                        srcuRscsi.seq(linkOrderLink).seq(srcuGp).inter(loc),
                        order.seq(rcuLink).seq(order));
                if (!order.orInPlace(next)) {
                    break;
                }
            }
            d.rcuOrder = order;
            // let rcu-fence = po ; rcu-order ; po?
            rcuFence = sk.po.seq(order).seq(s.poOpt);
            // let rb = prop ; rcu-fence ; hb* ; pb* ; [Marked] ; irreflexive rb as rcu
            rb = prop.seq(rcuFence).seq(hbStar).seq(pbStar).ran(marked);
            if (!rb.isIrreflexive()) {
                d.rcuFence = rcuFence;
                d.rb = rb;
                d.violation = "rcu";
                return d;
            }
        }
        d.rcuFence = rcuFence;
        d.rb = rb;
        // let fence = fence | rcu-fence ; let strong-fence = strong-fence | rcu-fence
        Rel fence2 = fence.union(rcuFence);
        Rel strongFence2 = strongFence.union(rcuFence);
        d.fence = fence2;

        // Plain accesses and data races
        if (rcuOnly || !sk.hasPlain()) {
            return d;
        }
        // let xbstar = (hb | pb | rb)*
        Rel xbstar = Rel.union(hb, pb, rb).star();
        // let vis = cumul-fence* ; rfe? ; [Marked] ; ((strong-fence ; [Marked] ; xbstar) | (xbstar & int))
        Rel vis = cumulFence.star().seq(rfe.opt()).ran(marked)
                .seq(strongFence2.ran(marked).seq(xbstar).union(xbstar.inter(sk.intRel)));
        // let w-pre-bounded = [Marked] ; (addr | fence)?
        Rel wPre = d.addr.union(fence2).opt().dom(marked);
        // let r-pre-bounded = [Marked] ; (addr | nonrw-fence | ([R4rmb] ; fencerel(Rmb) ; [~Noreturn]))?
        Rel rPre = Rel.union(d.addr, nonrwFence, s.rPreRmb).opt().dom(marked);
        // let w-post-bounded = fence? ; [Marked] ; rmw-sequence
        Rel wPost = fence2.opt().ran(marked).seq(rmwSequence);
        // let r-post-bounded = (nonrw-fence | ([~Noreturn] ; fencerel(Rmb) ; [R4rmb]))? ; [Marked]
        Rel rPost = nonrwFence.union(s.rPostRmb).opt().ran(marked);
        // let ww-vis = fence | (strong-fence ; xbstar ; w-pre-bounded) | (w-post-bounded ; vis ; w-pre-bounded)
        Rel wwVis = Rel.union(fence2, strongFence2.seq(xbstar).seq(wPre), wPost.seq(vis).seq(wPre));
        // let wr-vis = fence | (strong-fence ; xbstar ; r-pre-bounded) | (w-post-bounded ; vis ; r-pre-bounded)
        Rel wrVis = Rel.union(fence2, strongFence2.seq(xbstar).seq(rPre), wPost.seq(vis).seq(rPre));
        // let rw-xbstar = fence | (r-post-bounded ; xbstar ; w-pre-bounded)
        Rel rwXbstar = fence2.union(rPost.seq(xbstar).seq(wPre));
        // let pre-race = ext & ((Plain * M) | ((M \ IW) * Plain))
        Rel preRace = Rel.cross(n, sk.plain, M).union(Rel.cross(n, Bits.minus(M, sk.IW), sk.plain)).inter(sk.ext);
        // let wr-incoh = pre-race & rf & rw-xbstar^-1
        Rel wrIncoh = preRace.inter(rf).inter(rwXbstar.inverse());
        // let rw-incoh = pre-race & fr & wr-vis^-1
        Rel rwIncoh = preRace.inter(fr).inter(wrVis.inverse());
        // let ww-incoh = pre-race & co & ww-vis^-1
        Rel wwIncoh = preRace.inter(co).inter(wwVis.inverse());
        // empty (wr-incoh | rw-incoh | ww-incoh) as plain-coherence
        if (!wrIncoh.isEmpty() || !rwIncoh.isEmpty() || !wwIncoh.isEmpty()) {
            d.violation = "plain-coherence";
            return d;
        }
        if (!withFlags) {
            return d;
        }
        // let ww-nonrace = ww-vis & ((Marked * W) | rw-xbstar) & ((W * Marked) | wr-vis)
        Rel wwNonrace = wwVis.inter(Rel.cross(n, marked, sk.W).union(rwXbstar))
                .inter(Rel.cross(n, sk.W, marked).union(wrVis));
        // let ww-race = (pre-race & co) \ ww-nonrace
        Rel wwRace = preRace.inter(co).minus(wwNonrace);
        // let wr-race = (pre-race & (co? ; rf)) \ wr-vis \ rw-xbstar^-1
        Rel wrRace = preRace.inter(co.opt().seq(rf)).minus(wrVis).minus(rwXbstar.inverse());
        // let rw-race = (pre-race & fr) \ rw-xbstar
        Rel rwRace = preRace.inter(fr).minus(rwXbstar);
        // flag ~empty (ww-race | wr-race | rw-race) as data-race
        if (!wwRace.isEmpty() || !wrRace.isEmpty() || !rwRace.isEmpty()) {
            d.flags.add("data-race");
        }
        return d;
    }
}
