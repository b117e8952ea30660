package org.pagelab.ui.scenario.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The primitives of the scenario language (those of the LKMM C litmus
 * dialect, plus locks and assert), as the palette, content assist and hover
 * present them.
 */
final class Primitives {
    static final List<Catalog.Fn> ALL = new ArrayList<>();

    private Primitives() {
    }

    private static void add(String category, String signature, boolean value, String doc, String... params) {
        String name = signature.substring(0, signature.indexOf('('));
        ALL.add(new Catalog.Fn(name, category, signature, List.of(params), value, doc, null, 0, null, List.of(), true));
    }

    static {
        String mem = "Memory access";
        add(mem, "READ_ONCE(*x)", true, "A marked read of *x: one access the compiler may not tear, merge or repeat.", "*x");
        add(mem, "WRITE_ONCE(*x, v)", false, "A marked write of v to *x.", "*x", "1");
        add(mem, "smp_load_acquire(x)", true, "Read *x with acquire ordering: later accesses of this CPU stay after it.", "x");
        add(mem, "smp_store_release(x, v)", false, "Write v to *x with release ordering: earlier accesses of this CPU stay before it.", "x", "1");
        add(mem, "smp_store_mb(*x, v)", false, "WRITE_ONCE followed by smp_mb().", "*x", "1");
        add(mem, "rcu_dereference(p)", true, "Read an RCU-protected pointer (address dependency ordering).", "p");
        add(mem, "rcu_assign_pointer(p, v)", false, "Publish a pointer with release ordering.", "p", "v");

        String at = "Atomics";
        add(at, "atomic_read(v)", true, "Read an atomic_t (no ordering).", "v");
        add(at, "atomic_set(v, i)", false, "Set an atomic_t (no ordering).", "v", "0");
        add(at, "atomic_inc(v)", false, "Increment (no ordering; page_ref_inc, get_page).", "v");
        add(at, "atomic_dec(v)", false, "Decrement (no ordering).", "v");
        add(at, "atomic_add(i, v)", false, "Add i (no ordering).", "1", "v");
        add(at, "atomic_add_return(i, v)", true, "Add i and return the new value; a full barrier (try_grab_compound_head).", "1", "v");
        add(at, "atomic_inc_return(v)", true, "Increment and return the new value; a full barrier.", "v");
        add(at, "atomic_dec_return(v)", true, "Decrement and return the new value; a full barrier.", "v");
        add(at, "atomic_dec_and_test(v)", true, "Decrement and return whether it reached 0; a full barrier (put_page_testzero).", "v");
        add(at, "atomic_fetch_add(i, v)", true, "Add i and return the old value; a full barrier.", "1", "v");
        add(at, "atomic_cmpxchg(v, old, new)", true, "Compare and exchange an atomic_t; a full barrier when it succeeds (page_ref_freeze).", "v", "2", "0");
        add(at, "xchg(p, v)", true, "Exchange *p with v and return the old value; a full barrier.", "p", "0");
        add(at, "xchg_relaxed(p, v)", true, "Exchange without ordering (ptep_get_and_clear on arm64).", "p", "0");
        add(at, "cmpxchg(p, old, new)", true, "Compare and exchange; a full barrier when it succeeds.", "p", "0", "1");
        add(at, "cmpxchg_relaxed(p, old, new)", true, "Compare and exchange without ordering.", "p", "0", "1");

        String bar = "Barriers";
        add(bar, "smp_mb()", false, "Full memory barrier.");
        add(bar, "smp_rmb()", false, "Orders earlier reads before later reads.");
        add(bar, "smp_wmb()", false, "Orders earlier writes before later writes.");
        add(bar, "smp_mb__before_atomic()", false, "Makes the next non-returning atomic a full barrier on its before side.");
        add(bar, "smp_mb__after_atomic()", false, "Makes the previous non-returning atomic a full barrier on its after side.");
        add(bar, "smp_mb__after_spinlock()", false, "Makes the previous spin_lock a full barrier.");
        add(bar, "rcu_read_lock()", false, "Begin an RCU read-side critical section.");
        add(bar, "rcu_read_unlock()", false, "End an RCU read-side critical section.");
        add(bar, "synchronize_rcu()", false, "Wait for all pre-existing RCU readers.");

        String lk = "Locks";
        add(lk, "spin_lock(l)", false, "Take a spinlock (the PTE lock, the LRU lock ...).", "l");
        add(lk, "spin_unlock(l)", false, "Release a spinlock.", "l");
        add(lk, "spin_trylock(l)", true, "Take a spinlock if free; returns whether it did.", "l");

        String ck = "Checks";
        add(ck, "assert(cond, message)", false, "A violation named by message when cond is false in some execution.", "r0 == 1",
                "\"message\"");
    }
}
