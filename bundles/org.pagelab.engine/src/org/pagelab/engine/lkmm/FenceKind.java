package org.pagelab.engine.lkmm;

/**
 * Fence events, as in linux-kernel.bell's {@code enum Barriers} and the
 * {@code __fence{...}} macros of linux-kernel.def.
 */
public enum FenceKind {
    MB("mb", "smp_mb"),
    RMB("rmb", "smp_rmb"),
    WMB("wmb", "smp_wmb"),
    BARRIER("barrier", "barrier"),
    RCU_LOCK("rcu-lock", "rcu_read_lock"),
    RCU_UNLOCK("rcu-unlock", "rcu_read_unlock"),
    SYNC_RCU("sync-rcu", "synchronize_rcu"),
    BEFORE_ATOMIC("before-atomic", "smp_mb__before_atomic"),
    AFTER_ATOMIC("after-atomic", "smp_mb__after_atomic"),
    AFTER_SPINLOCK("after-spinlock", "smp_mb__after_spinlock"),
    AFTER_UNLOCK_LOCK("after-unlock-lock", "smp_mb__after_unlock_lock"),
    AFTER_SRCU_READ_UNLOCK("after-srcu-read-unlock", "smp_mb__after_srcu_read_unlock");

    private final String cat;
    private final String function;

    FenceKind(String cat, String function) {
        this.cat = cat;
        this.function = function;
    }

    /** The tag's name in the cat files. */
    public String catName() {
        return cat;
    }

    /** The kernel primitive that emits this fence. */
    public String function() {
        return function;
    }
}
