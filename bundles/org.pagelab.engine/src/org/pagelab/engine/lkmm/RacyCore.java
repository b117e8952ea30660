package org.pagelab.engine.lkmm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one execution of a test (typically the witness of a Sometimes
 * verdict of an MM scenario) as a C litmus test herd7 accepts: the racy
 * core. Each thread becomes straight-line code of its events on shared
 * locations (accessed by two threads or more), its fences, locks and RCU
 * calls, keeping their annotations; data and address dependencies are kept
 * with herd7's idiom {@code (r - r)}, control dependencies as {@code if}
 * blocks whose conditions the execution satisfied. The {@code exists}
 * clause pins every value read and the final value of every location written
 * by several threads, so herd7's verdict on the file says whether this
 * execution (this interleaving of the race's core) is allowed.
 * <p>
 * What is left out: accesses to locations only one thread touches (in the
 * kernel model library: most fields of a page or PTE table), and the MM
 * semantics around the accesses. Dependencies carried through those private
 * locations are cut.
 */
public final class RacyCore {
    private final Execution x;
    private final Skeleton sk;
    private final Locations locs;
    private final boolean[] shared;
    private final Set<Integer> usedLocs = new LinkedHashSet<>();
    private final Map<Integer, String> regOf = new LinkedHashMap<>();
    private final List<String> pins = new ArrayList<>();

    private RacyCore(Execution x) {
        this.x = x;
        this.sk = x.sk;
        this.locs = sk.locs;
        this.shared = new boolean[locs.size()];
        long[] threadsOf = new long[locs.size()];
        for (int i = locs.size(); i < sk.n; i++) {
            Ev e = sk.ev[i];
            if (e.loc >= 0) {
                threadsOf[e.loc] |= 1L << Math.min(e.thread, 63);
            }
        }
        for (int l = 0; l < locs.size(); l++) {
            shared[l] = Long.bitCount(threadsOf[l]) >= 2;
        }
    }

    /**
     * The litmus text of the execution's racy core.
     *
     * @param name  the test name (first line)
     * @param notes lines for the header comment
     */
    public static String write(Execution x, String name, List<String> notes) {
        return new RacyCore(x).doWrite(name, notes);
    }

    private boolean kept(Ev e) {
        return switch (e.kind) {
            case FENCE -> true;
            case INIT -> false;
            default -> e.loc >= 0 && shared[e.loc];
        };
    }

    private String doWrite(String name, List<String> notes) {
        List<String> bodies = new ArrayList<>();
        for (int t = 0; t < sk.threads(); t++) {
            bodies.add(thread(t));
        }
        StringBuilder b = new StringBuilder();
        b.append("C ").append(name.replaceAll("\\s+", "-")).append("\n\n(*\n * Result: Sometimes\n * Model: lkmm\n");
        for (String n : notes) {
            b.append(" * ").append(n).append('\n');
        }
        b.append(" *)\n\n{\n");
        for (int l : usedLocs) {
            long init = locs.init(l);
            if (init != 0) {
                b.append('\t').append(cName(l)).append('=').append(value(init)).append(";\n");
            }
        }
        b.append("}\n");
        for (int t = 0; t < sk.threads(); t++) {
            b.append('\n').append(bodies.get(t));
        }
        for (int l : usedLocs) {
            if (locs.kind(l) == Locations.Kind.PLAIN && writers(l) >= 2) {
                pins.add(cName(l) + "=" + value(x.finalValue(l)));
            }
        }
        b.append("\nexists (").append(pins.isEmpty() ? "true" : String.join(" /\\ ", pins)).append(")\n");
        return b.toString();
    }

    private int writers(int l) {
        long ts = 0;
        for (int i = locs.size(); i < sk.n; i++) {
            Ev e = sk.ev[i];
            if (e.loc == l && e.isWrite()) {
                ts |= 1L << Math.min(e.thread, 63);
            }
        }
        return Long.bitCount(ts);
    }

    /** A C identifier for a location ("P->_refcount" becomes "P__refcount"). */
    private String cName(int l) {
        String n = locs.name(l).replaceAll("[^A-Za-z0-9_]", "_");
        return Character.isDigit(n.charAt(0)) ? "l" + n : n;
    }

    private String value(long v) {
        int l = locs.deref(v);
        if (l >= 0) {
            usedLocs.add(l);
            return cName(l);
        }
        return Long.toString(v);
    }

    private String thread(int t) {
        int base = sk.start[t];
        Ev[] es = sk.traces[t].events();
        StringBuilder body = new StringBuilder();
        Set<Integer> params = new LinkedHashSet<>();
        List<String> decls = new ArrayList<>();
        long[] openCtrl = null;
        int depth = 1;
        int tmp = 0;
        for (int k = 0; k < es.length; k++) {
            Ev e = es[k];
            if (!kept(e)) {
                continue;
            }
            // control dependencies: an if block per maximal run with the same ctrl set
            long[] c = keptDeps(e.ctrl, t);
            if (!sameSet(c, openCtrl)) {
                if (openCtrl != null) {
                    depth--;
                    body.append("\t".repeat(depth)).append("}\n");
                }
                openCtrl = null;
                if (c != null) {
                    body.append("\t".repeat(depth)).append("if (").append(condition(c, base)).append(") {\n");
                    depth++;
                    openCtrl = c;
                }
            }
            String ind = "\t".repeat(depth);
            if (e.loc >= 0) {
                params.add(e.loc);
                usedLocs.add(e.loc);
            }
            String loc = e.loc >= 0 ? cName(e.loc) : null;
            long[] a = keptDeps(e.addr, t);
            String ptr = loc;
            if (a != null) {
                String r = "t" + (tmp++);
                decls.add(r);
                body.append(ind).append(r).append(" = ").append(loc).append(zero(a, base)).append(";\n");
                ptr = r;
            }
            String reg = "r" + k;
            switch (e.kind) {
                case READ -> {
                    decls.add(reg);
                    regOf.put(base + k, reg);
                    String call;
                    if (e.rmwInstr) {
                        call = rmw(e, es, k, ptr, base);
                    } else {
                        call = switch (e.access) {
                            case ACQUIRE -> "smp_load_acquire(" + ptr + ")";
                            case PLAIN -> "*" + ptr;
                            case SRCU_LOCK -> "srcu_read_lock(" + ptr + ")";
                            default -> "READ_ONCE(*" + ptr + ")";
                        };
                    }
                    body.append(ind).append(reg).append(" = ").append(call).append(";\n");
                    if (e.access != Access.NORETURN) {
                        pins.add(t + ":" + reg + "=" + value(e.value));
                    }
                }
                case WRITE -> {
                    if (e.rmwInstr) {
                        continue; // written by the RMW call of its read
                    }
                    String v = value(e.value) + zero(keptDeps(e.data, t), base);
                    String stmt = switch (e.access) {
                        case RELEASE -> "smp_store_release(" + ptr + ", " + v + ")";
                        case PLAIN -> "*" + ptr + " = " + v;
                        case SRCU_UNLOCK -> "srcu_read_unlock(" + ptr + ", " + v + ")";
                        default -> "WRITE_ONCE(*" + ptr + ", " + v + ")";
                    };
                    body.append(ind).append(stmt).append(";\n");
                }
                case FENCE -> body.append(ind).append(e.fence.function()).append("();\n");
                case LOCK_READ -> body.append(ind).append("spin_lock(").append(ptr).append(");\n");
                case LOCK_WRITE -> {
                }
                case UNLOCK -> body.append(ind).append("spin_unlock(").append(ptr).append(");\n");
                case LOCK_FAIL -> {
                    decls.add(reg);
                    body.append(ind).append(reg).append(" = spin_trylock(").append(ptr).append(");\n");
                    pins.add(t + ":" + reg + "=0");
                }
                case READ_LOCKED, READ_UNLOCKED -> {
                    decls.add(reg);
                    body.append(ind).append(reg).append(" = spin_is_locked(").append(ptr).append(");\n");
                    pins.add(t + ":" + reg + "=" + (e.kind == Ev.Kind.READ_LOCKED ? 1 : 0));
                }
                case SYNC_SRCU -> body.append(ind).append("synchronize_srcu(").append(ptr).append(");\n");
                case INIT -> {
                }
            }
        }
        if (openCtrl != null) {
            body.append("\t}\n");
        }
        StringBuilder b = new StringBuilder("P").append(t).append('(');
        int i = 0;
        for (int l : params) {
            String type = switch (locs.kind(l)) {
                case SPINLOCK -> "spinlock_t *";
                case SRCU -> "struct srcu_struct *";
                default -> "int *";
            };
            b.append(i++ > 0 ? ", " : "").append(type).append(cName(l));
        }
        b.append(")\n{\n");
        for (String d : decls) {
            b.append("\tint ").append(d).append(";\n");
        }
        if (!decls.isEmpty()) {
            b.append('\n');
        }
        return b.append(body).append("}\n").toString();
    }

    /** The RMW primitive with the ordering of its events. */
    private String rmw(Ev r, Ev[] es, int k, String ptr, int base) {
        String suffix = switch (r.access) {
            case ONCE -> "_relaxed";
            case ACQUIRE -> "_acquire";
            case RELEASE -> "_release";
            default -> "";
        };
        if (r.failed) {
            // a failed cmpxchg: compare with a value the location did not hold
            return "cmpxchg" + suffix + "(" + ptr + ", " + (r.value + 1) + ", " + (r.value + 1) + ")";
        }
        Ev w = es[r.rmwPartner];
        long delta = w.value - r.value;
        if (r.access == Access.NORETURN) {
            return "atomic_fetch_add_relaxed(" + delta + ", " + ptr + ")";
        }
        if (!hasDep(w.data, k)) {
            // the written value does not depend on the read: an exchange
            return "xchg" + suffix + "(" + ptr + ", " + value(w.value) + ")";
        }
        return "atomic_fetch_add" + suffix + "(" + delta + ", " + ptr + ")";
    }

    /** The kept reads among a dependency set (those with a register), or null. */
    private long[] keptDeps(long[] deps, int t) {
        if (deps == null) {
            return null;
        }
        long[] r = null;
        for (int d : Deps.members(deps)) {
            if (regOf.containsKey(sk.start[t] + d)) {
                r = Deps.union(r, Deps.single(d));
            }
        }
        return r;
    }

    /** " + (rA - rA) + (rB - rB)": zero, but carrying the dependencies, as herd7 reads it. */
    private String zero(long[] deps, int base) {
        if (deps == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int d : Deps.members(deps)) {
            String r = regOf.get(base + d);
            b.append(" + (").append(r).append(" - ").append(r).append(')');
        }
        return b.toString();
    }

    private String condition(long[] deps, int base) {
        List<String> parts = new ArrayList<>();
        for (int d : Deps.members(deps)) {
            String r = regOf.get(base + d);
            parts.add(r + " == " + value(sk.ev[base + d].value));
        }
        return String.join(" && ", parts);
    }

    private static boolean hasDep(long[] deps, int i) {
        return deps != null && (i >>> 6) < deps.length && Bits.has(deps, i);
    }

    private static boolean sameSet(long[] a, long[] b) {
        return java.util.Arrays.equals(Deps.norm(a), Deps.norm(b));
    }
}
