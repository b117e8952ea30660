package org.pagelab.engine.lkmm;

/**
 * Sequential consistency, axiomatically: {@code acyclic po | rf | co | fr}
 * and RMW atomicity, with locks as in lock.cat. Grace periods keep their
 * meaning: on top, the execution must satisfy the LKMM's {@code rcu} axiom.
 * Every SC execution satisfies the LKMM's other axioms (hb, pb and the plain
 * relations are all included in {@code (po | com)+}), so this is exactly
 * SC intersected with the LKMM.
 */
public final class ScModel implements MemoryModel {
    public static final ScModel INSTANCE = new ScModel();

    private ScModel() {
    }

    @Override
    public String name() {
        return "sc";
    }

    @Override
    public String description() {
        return "sequential consistency (acyclic po|rf|co|fr), with lock.cat locks and the LKMM rcu axiom";
    }

    @Override
    public String violation(Execution x) {
        Skeleton sk = x.sk;
        String common = LkmmModel.lockOrAtomicViolation(x);
        if (common != null) {
            return common;
        }
        Rel com = Rel.union(x.rf(), x.co(), x.fr());
        // acyclic po | rf | co | fr as sc
        if (!sk.po.union(com).isAcyclic()) {
            return "sc";
        }
        return LkmmModel.INSTANCE.rcuViolation(x);
    }
}
