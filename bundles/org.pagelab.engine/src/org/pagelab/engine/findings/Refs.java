package org.pagelab.engine.findings;

import java.nio.file.Path;

import org.pagelab.engine.explore.Trace;
import org.pagelab.engine.trace.TraceEvent;

/**
 * What the workbench views put in the selection (and accept in "Show In")
 * so that a finding can be made on it and navigated back to: plain engine
 * data with the file they belong to. The Counterexample view publishes
 * {@link Step} and {@link StepRange}; the trace viewer {@link Event},
 * {@link TimeRange} and, when it focuses on a page, {@link Page}; the MM
 * views publish the EMF Page/Vma objects of the state shown.
 */
public final class Refs {
    private Refs() {
    }

    /** Step {@code index} of a counterexample or witness of scenario {@code file}. */
    public record Step(Path file, Trace trace, int index) {
        public Trace.Step step() {
            return trace.steps().get(index);
        }
    }

    /** Steps {@code first..last} (both included) of a counterexample of {@code file}. */
    public record StepRange(Path file, Trace trace, int first, int last) {
    }

    /** An event of the trace {@code file}. */
    public record Event(Path file, TraceEvent event) {
    }

    /** A time range (ns, both ends included) of the trace {@code file}, on one CPU or all (-1). */
    public record TimeRange(Path file, long start, long end, int cpu) {
    }

    /** A page of the trace {@code file}, by its pfn: in "Show In", the trace viewer's "Focus on page". */
    public record Page(Path file, long pfn) {
    }
}
