package org.pagelab.engine.lkmm;

/**
 * x86-TSO (as herdtools' x86tso.cat) with the kernel's primitives mapped as
 * on x86: smp_mb and grace periods are MFENCE; every RMW (whatever its
 * ordering suffix) and spin_lock is a LOCKed instruction and so a full
 * fence; spin_unlock, release stores and acquire loads are plain MOVs;
 * smp_rmb, smp_wmb, barrier and the smp_mb__{before,after}_* fences are
 * compiler barriers only. Axioms: {@code acyclic po-loc | com} (uniproc),
 * {@code atomic}, and {@code acyclic ppo | rfe | co | fr | implied | mfence}
 * with {@code ppo = po & ((R * M) | (W * W))}; plus the LKMM rcu axiom for
 * grace periods.
 */
public final class TsoModel implements MemoryModel {
    public static final TsoModel INSTANCE = new TsoModel();

    private TsoModel() {
    }

    @Override
    public String name() {
        return "tso";
    }

    @Override
    public String description() {
        return "x86-TSO (x86tso.cat) with the x86 mapping of kernel primitives, lock.cat locks and the LKMM rcu axiom";
    }

    @Override
    public String violation(Execution x) {
        Skeleton sk = x.sk;
        String common = LkmmModel.lockOrAtomicViolation(x);
        if (common != null) {
            return common;
        }
        Rel rf = x.rf();
        Rel co = x.co();
        Rel fr = x.fr();
        Rel com = Rel.union(rf, co, fr);
        if (!sk.poLoc.union(com).isAcyclic()) {
            return "uniproc";
        }
        Rel ext = sk.ext;
        long[] M = sk.M;
        Rel ppo = sk.po.restrict(sk.R, M).union(sk.po.restrict(sk.W, sk.W));
        long[] locked = Bits.union(sk.RMW, Bits.union(sk.LKR, sk.LKW));
        Rel implied = sk.po.restrict(M, locked).union(sk.po.restrict(locked, M));
        long[] full = Bits.union(sk.fence(FenceKind.MB), Bits.union(sk.fence(FenceKind.SYNC_RCU), sk.syncSrcu));
        Rel mfence = sk.fencerel(full).restrict(M, M);
        Rel ghb = Rel.union(ppo, rf.inter(ext), co, fr, implied, mfence);
        if (!ghb.isAcyclic()) {
            return "tso";
        }
        return LkmmModel.INSTANCE.rcuViolation(x);
    }
}
