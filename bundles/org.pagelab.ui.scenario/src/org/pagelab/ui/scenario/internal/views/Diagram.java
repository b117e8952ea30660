package org.pagelab.ui.scenario.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.pagelab.engine.explore.Trace;
import org.pagelab.engine.lkmm.Witness;
import org.pagelab.ui.scenario.internal.explore.ExploreRun;

/**
 * A counterexample as kernel developers draw it in mail: one column per
 * CPU, the steps (SC) or events (axiomatic witness) in their columns, one
 * row per step in execution order (SC) or per event in program order
 * (witness: there is no single order).
 */
public record Diagram(List<String> columns, List<Cell> cells, boolean ordered) {

    /**
     * One box: where it is, what it says, whether it is the violating step.
     *
     * @param step the step (or event) index in the run
     */
    public record Cell(int row, int column, String title, List<String> lines, boolean bad, int step, String file,
            int line) {
    }

    public static final Diagram EMPTY = new Diagram(List.of(), List.of(), true);

    /** Access annotations not worth a line (every marked access has one). */
    static final java.util.Set<String> QUIET_ANNOTATIONS = java.util.Set.of("once", "plain", "none");

    public static Diagram of(ExploreRun run) {
        if (run == null) {
            return EMPTY;
        }
        if (run.trace() != null) {
            return of(run.trace());
        }
        if (run.witness() != null) {
            return of(run.witness());
        }
        return EMPTY;
    }

    static Diagram of(Trace t) {
        List<String> cols = new ArrayList<>();
        for (int i = 0; i < t.threads().size(); i++) {
            cols.add("CPU" + i + " / " + t.threads().get(i));
        }
        List<Cell> cells = new ArrayList<>();
        for (Trace.Step s : t.steps()) {
            List<String> lines = new ArrayList<>();
            if (s.event() != null && !s.event().isEmpty()) {
                lines.add(s.event());
            }
            if (s.stack() != null && s.stack().size() > 1) {
                lines.add("  in " + String.join(" < ", s.stack()));
            }
            if (s.annotation() != null && !s.annotation().isEmpty() && !QUIET_ANNOTATIONS.contains(s.annotation())) {
                lines.add("  /* " + s.annotation() + " */");
            }
            for (Trace.Change c : s.changes()) {
                lines.add("  " + c.describe());
            }
            if (s.changes().isEmpty() && s.location() != null && !s.location().isEmpty() && s.value() != null
                    && !s.value().isEmpty()) {
                lines.add("  " + s.location() + " = " + s.value());
            }
            boolean bad = s.violation() != null;
            if (bad) {
                lines.add("VIOLATION " + s.violation() + (s.message() == null ? "" : ": " + s.message()));
            }
            String where = (s.function() == null ? "" : s.function()) + (s.line() > 0 ? " :" + s.line() : "");
            cells.add(new Cell(s.index(), Math.max(0, s.thread()), (s.index() + 1) + ". " + where.strip(), lines, bad,
                    s.index(), s.file(), s.line()));
        }
        return new Diagram(cols, cells, true);
    }

    static Diagram of(Witness w) {
        List<String> cols = new ArrayList<>();
        for (int i = 0; i < w.threadNames().size(); i++) {
            cols.add("CPU" + i + " / " + w.threadNames().get(i));
        }
        List<Cell> cells = new ArrayList<>();
        int[] rowOf = new int[Math.max(1, cols.size())];
        int i = 0;
        for (Witness.Event e : w.events()) {
            int col = e.thread() < 0 ? 0 : e.thread();
            if (col >= rowOf.length) {
                col = rowOf.length - 1;
            }
            List<String> lines = new ArrayList<>();
            lines.add(e.text());
            for (Witness.Edge ed : w.edges()) {
                if (ed.to().equals(e.label())) {
                    lines.add("  " + ed.relation() + " from " + ed.from());
                }
            }
            cells.add(new Cell(rowOf[col]++, col, e.label() + (e.origin() == null ? "" : "  " + e.origin()), lines, false, i++,
                    null, 0));
        }
        return new Diagram(cols, cells, false);
    }

}
