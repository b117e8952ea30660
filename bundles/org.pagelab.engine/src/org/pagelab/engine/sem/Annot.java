package org.pagelab.engine.sem;

/**
 * The ordering annotation of a shared-memory event, named after the tags of
 * the Linux kernel memory model (tools/memory-model/linux-kernel.def). Every
 * access the thread code makes carries one, so that an axiomatic model can
 * tell READ_ONCE from smp_load_acquire and xchg from xchg_relaxed.
 */
public enum Annot {
    /** A plain C access ({@code *p = 1}, {@code page->flags}). */
    PLAIN("plain"),
    /** READ_ONCE / WRITE_ONCE, atomic_read / atomic_set, test_bit. */
    ONCE("once"),
    /** smp_load_acquire, _acquire RMWs, lock acquisition. */
    ACQUIRE("acquire"),
    /** smp_store_release, _release RMWs, unlock. */
    RELEASE("release"),
    /** _relaxed RMWs and value-returning-less atomics (atomic_inc, set_bit): no ordering. */
    RELAXED("relaxed"),
    /** Fully ordered RMWs (xchg, cmpxchg, atomic_*_return, test_and_set_bit): an smp_mb() on each side. */
    MB("mb"),
    /** rcu_dereference: a READ_ONCE that heads an address dependency. */
    RCU_DEREF("rcu-deref"),
    /** rcu_assign_pointer: a release store. */
    RCU_ASSIGN("rcu-assign"),
    // fences
    F_MB("smp_mb"),
    F_RMB("smp_rmb"),
    F_WMB("smp_wmb"),
    F_BEFORE_ATOMIC("smp_mb__before_atomic"),
    F_AFTER_ATOMIC("smp_mb__after_atomic"),
    F_AFTER_SPINLOCK("smp_mb__after_spinlock"),
    F_AFTER_UNLOCK_LOCK("smp_mb__after_unlock_lock"),
    F_AFTER_SRCU_READ_UNLOCK("smp_mb__after_srcu_read_unlock"),
    F_RCU_LOCK("rcu_read_lock"),
    F_RCU_UNLOCK("rcu_read_unlock"),
    F_SYNC_RCU("synchronize_rcu"),
    /** srcu_read_lock: a load tagged srcu-lock (LKMM). */
    SRCU_LOCK("srcu-lock"),
    /** srcu_read_unlock: a store tagged srcu-unlock. */
    SRCU_UNLOCK("srcu-unlock"),
    /** synchronize_srcu on a srcu_struct. */
    SYNC_SRCU("sync-srcu"),
    /** spin_lock's acquisition (LKMM lock events LKR/LKW). */
    LOCK("lock"),
    /** spin_unlock (LKMM UL). */
    UNLOCK("unlock");

    private final String text;

    Annot(String text) {
        this.text = text;
    }

    /** RCU and SRCU primitives: they have an effect under SC (grace periods). */
    public boolean isRcu() {
        return this == F_RCU_LOCK || this == F_RCU_UNLOCK || this == F_SYNC_RCU || this == SRCU_LOCK
                || this == SRCU_UNLOCK || this == SYNC_SRCU;
    }

    public boolean isFence() {
        return name().startsWith("F_") || this == SYNC_SRCU;
    }

    @Override
    public String toString() {
        return text;
    }
}
