package org.pagelab.engine.lkmm;

/**
 * The annotation of a memory access, as in linux-kernel.bell's
 * {@code enum Accesses} ({@code 'ONCE}, {@code 'RELEASE}, {@code 'ACQUIRE},
 * {@code 'NORETURN}, {@code 'MB}) plus plain C accesses (no annotation) and
 * the SRCU accesses of linux-kernel.def ({@code __load{srcu-lock}},
 * {@code __store{srcu-unlock}}).
 */
public enum Access {
    /** A plain C access ({@code *x = 1}, {@code r = *x}): not Marked. */
    PLAIN("plain"),
    /** READ_ONCE, WRITE_ONCE, rcu_dereference, relaxed RMWs. */
    ONCE("once"),
    /** smp_load_acquire and _acquire RMWs (meaningful on reads). */
    ACQUIRE("acquire"),
    /** smp_store_release, rcu_assign_pointer, _release RMWs (on writes). */
    RELEASE("release"),
    /** Fully ordered RMWs: xchg, cmpxchg, atomic_*_return, ... */
    MB("mb"),
    /** The read of a non-value-returning RMW (atomic_inc, atomic_add, ...). */
    NORETURN("noreturn"),
    /** srcu_read_lock / srcu_down_read: a read of the srcu_struct. */
    SRCU_LOCK("srcu-lock"),
    /** srcu_read_unlock / srcu_up_read: a write of the srcu_struct. */
    SRCU_UNLOCK("srcu-unlock");

    private final String cat;

    Access(String cat) {
        this.cat = cat;
    }

    /** The tag's name in the cat files. */
    public String catName() {
        return cat;
    }
}
