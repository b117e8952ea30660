package org.pagelab.engine.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pagelab.engine.explore.Explorer;
import org.pagelab.engine.explore.Followed;
import org.pagelab.engine.explore.Trace;
import org.pagelab.engine.lang.ScenarioException;
import org.pagelab.engine.report.InterleavingDiagram;
import org.pagelab.engine.sem.Program;

/**
 * Variant comparison: one scenario explored (under SC) with two variants of
 * one library function, e.g. try_to_unmap_one as in 5.16 and as in patch
 * v2. When one variant has a counterexample and the other has none, the
 * other variant is run along the counterexample's schedule (the same thread
 * at each step, see {@link Explorer#follow}) to show what its code does at
 * the same point, and where it parts from the failing run.
 */
public final class VariantCompare {
    /** Steps allowed after the reference schedule, for the threads to finish. */
    static final int EXTRA_STEPS = 2000;

    private VariantCompare() {
    }

    /**
     * One side.
     *
     * @param variant        the variant of the compared function
     * @param result         the exploration's result
     * @param counterexample the first counterexample (or witness) of this side, or null
     * @param followed       this variant run along the other side's counterexample, or null
     */
    public record Side(String variant, CheckResult result, Trace counterexample, Followed followed) {
    }

    /**
     * Both sides; {@code divergence} is the step of the reference
     * counterexample at which the follower parts from it (-1 if nowhere,
     * or no follower).
     */
    public record Result(String file, String function, Side a, Side b, int divergence) {

        /** The side that has a counterexample and whose schedule the other followed, or null. */
        public Side reference() {
            if (a.followed == null && b.followed == null) {
                return null;
            }
            return a.followed != null ? b : a;
        }

        /** The side that followed the other's schedule, or null. */
        public Side follower() {
            Side r = reference();
            return r == null ? null : r == a ? b : a;
        }

        /** A plain-text account: both verdicts, the failing interleaving, the other variant on its schedule. */
        public String text() {
            StringBuilder sb = new StringBuilder();
            sb.append(file).append(": ").append(function).append('\n');
            for (Side s : List.of(a, b)) {
                CheckResult r = s.result;
                sb.append(String.format("  %-10s %s", s.variant, r.verdict()));
                if (r.expected() != null) {
                    sb.append(" (Result: ").append(r.expected()).append(')');
                }
                if (!r.violations().isEmpty()) {
                    sb.append(", ").append(r.violations().get(0).name());
                }
                if (r.error() != null) {
                    sb.append(": ").append(r.error());
                }
                sb.append(String.format(", %,d states%n", r.states()));
            }
            Side ref = reference();
            if (ref == null) {
                Side only = a.counterexample != null ? a : b.counterexample != null ? b : null;
                if (only == null) {
                    sb.append("\nNeither variant has a counterexample.\n");
                } else {
                    sb.append("\nBoth variants have counterexamples; ").append(only.variant).append("'s:\n\n")
                            .append(InterleavingDiagram.render(only.counterexample, layout(-1)));
                }
                return sb.toString();
            }
            Side fol = follower();
            sb.append('\n').append(function).append(" = ").append(ref.variant).append(" fails like this:\n\n");
            sb.append(InterleavingDiagram.render(ref.counterexample, layout(divergence)));
            Trace f = fol.followed.trace();
            sb.append('\n').append(function).append(" = ").append(fol.variant)
                    .append(" on the same schedule (the same CPU at each step):\n\n");
            sb.append(InterleavingDiagram.render(f, layout(divergence < 0 ? -1 : firstStepAtOrAfter(divergence))));
            if (divergence >= 0) {
                Trace.Step s = ref.counterexample.steps().get(divergence);
                sb.append("\nIt parts from the failing run at step ").append(divergence + 1).append(" (")
                        .append(s.threadName()).append(": ").append(s.function()).append(", ").append(s.event())
                        .append(")");
                int mine = firstStepAtOrAfter(divergence);
                if (mine >= 0) {
                    Trace.Step m = f.steps().get(mine);
                    sb.append(", where ").append(fol.variant).append(" runs ").append(m.function()).append(": ")
                            .append(m.event());
                }
                sb.append(".\n");
            }
            sb.append(f.violation() == null ? "Result: " + f.message() + ", no violation.\n"
                    : "Result: " + f.violation() + ": " + f.message() + "\n");
            return sb.toString();
        }

        /** The check command's columns, only the steps that change state, keeping one step and marking it. */
        private static InterleavingDiagram.Layout layout(int step) {
            InterleavingDiagram.Layout l = new InterleavingDiagram.Layout();
            l.changesOnly = true;
            if (step >= 0) {
                l.keep = java.util.Set.of(step);
                l.notes = Map.of(step, "<==");
            }
            return l;
        }

        private int firstStepAtOrAfter(int refStep) {
            int[] idx = follower().followed.reference();
            for (int i = 0; i < idx.length; i++) {
                if (idx[i] >= refStep || idx[i] < 0) {
                    return i;
                }
            }
            return -1;
        }

        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", file);
            m.put("function", function);
            List<Object> sides = new ArrayList<>();
            for (Side s : List.of(a, b)) {
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("variant", s.variant);
                j.put("result", s.result.json());
                j.put("steps", s.counterexample == null ? 0 : s.counterexample.steps().size());
                if (s.followed != null) {
                    Trace f = s.followed.trace();
                    Map<String, Object> fj = new LinkedHashMap<>();
                    fj.put("steps", f.steps().size());
                    fj.put("violation", f.violation());
                    fj.put("message", f.message());
                    fj.put("divergence", divergence < 0 ? null : divergence + 1);
                    j.put("followed", fj);
                }
                sides.add(j);
            }
            m.put("sides", sides);
            return m;
        }
    }

    /**
     * Explores {@code text} (the file's contents) with {@code function} as
     * variant {@code va} and as {@code vb}; other variants come from
     * {@code o.variants}. Compile errors end up in the sides' results.
     */
    public static Result run(Path file, String text, String function, String va, String vb, CheckOptions o) {
        Program[] progs = new Program[2];
        CheckResult[] res = new CheckResult[2];
        String[] vs = {va, vb};
        ScCheckModel sc = new ScCheckModel();
        for (int i = 0; i < 2; i++) {
            CheckOptions oi = o.copy();
            oi.variants.put(function, vs[i]);
            try {
                progs[i] = ScCheckModel.compile(file, text, oi);
            } catch (ScenarioException e) {
                res[i] = CheckResult.error(file.toString(), sc.name(), e.getMessage());
                continue;
            }
            res[i] = sc.check(file, text, oi);
        }
        Trace[] cex = {first(res[0]), first(res[1])};
        Followed[] fol = new Followed[2];
        int divergence = -1;
        for (int i = 0; i < 2; i++) {
            int other = 1 - i;
            if (cex[i] == null && cex[other] != null && progs[i] != null) {
                fol[i] = follow(progs[i], cex[other]);
                divergence = fol[i] == null ? -1 : fol[i].divergence(cex[other]);
            }
        }
        return new Result(file.toString(), function, new Side(va, res[0], cex[0], fol[0]),
                new Side(vb, res[1], cex[1], fol[1]), divergence);
    }

    /**
     * A compiled scenario run along the schedule of a counterexample of
     * another variant (see {@link Explorer#follow}); null for a witness
     * (an execution satisfying the condition is not a failure to follow).
     */
    public static Followed follow(Program prog, Trace reference) {
        if ("witness".equals(reference.kind())) {
            return null;
        }
        Explorer.Options eo = new Explorer.Options();
        eo.model = "sc";
        return Explorer.follow(prog, eo, reference, EXTRA_STEPS);
    }

    private static Trace first(CheckResult r) {
        return r == null || r.traces().isEmpty() ? null : r.traces().get(0);
    }
}
