package org.pagelab.engine.lkmm;

import java.util.ArrayList;
import java.util.List;

/** Builds a {@link LitmusTest} from Java lambdas, for tests written before (and beside) the parser. */
final class HandTest {
    final Locations locs = new Locations();
    final List<ThreadProgram> threads = new ArrayList<>();
    final String name;

    HandTest(String name) {
        this.name = name;
    }

    int loc(String n) {
        return locs.add(n, 0);
    }

    int loc(String n, long init) {
        return locs.add(n, init);
    }

    int lock(String n) {
        return locs.add(n, 0, Locations.Kind.SPINLOCK);
    }

    int srcu(String n) {
        return locs.add(n, 0, Locations.Kind.SRCU);
    }

    HandTest thread(ThreadProgram p) {
        threads.add(p);
        return this;
    }

    LitmusTest exists(Prop p) {
        return build(LitmusTest.Quantifier.EXISTS, p, null);
    }

    LitmusTest build(LitmusTest.Quantifier q, Prop p, Prop filter) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < threads.size(); i++) {
            names.add("P" + i);
        }
        return new LitmusTest(name, locs, threads, names, q, p, filter);
    }

    static Prop reg(int t, String r, long v) {
        return new Prop.Eq(new Prop.Reg(t, r), new Prop.Const(v));
    }

    static Prop mem(int loc, long v) {
        return new Prop.Eq(new Prop.Mem(loc), new Prop.Const(v));
    }

    static Prop and(Prop... ps) {
        Prop r = ps[0];
        for (int i = 1; i < ps.length; i++) {
            r = new Prop.And(r, ps[i]);
        }
        return r;
    }

    static Prop or(Prop... ps) {
        Prop r = ps[0];
        for (int i = 1; i < ps.length; i++) {
            r = new Prop.Or(r, ps[i]);
        }
        return r;
    }

    static Val c(long v) {
        return Val.of(v);
    }

    static Explorer.Verdict verdict(LitmusTest t, MemoryModel m) {
        return new Explorer(t, m, null, 0, 0).run().verdict();
    }
}
