package org.pagelab.engine.check;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.pagelab.engine.ProgressMonitor;

/** Budgets and choices of a check run (shared by every model). */
public final class CheckOptions {
    /** Stop (Incomplete) after this many states or candidate executions. */
    public long maxStates = 50_000_000L;
    /** Stop (Incomplete) after this many seconds; 0 = no limit. */
    public double timeoutSeconds;
    /** Stop (Incomplete) when the heap in use exceeds this; 0 = 85% of the JVM's maximum. */
    public long maxMemoryBytes;
    /** Function name to variant, over the scenario's own "variant" lines. */
    public final Map<String, String> variants = new LinkedHashMap<>();
    /** Partial-order reduction (sc). */
    public boolean por = true;
    /** Worker threads; 0 = all processors. */
    public int workers;
    /** Build the trace (counterexample or witness) of the result. */
    public boolean traces = true;
    /** Where to write counterexample traces (ftrace text), or null. */
    public Path traceDir;
    public ProgressMonitor monitor = ProgressMonitor.NONE;

    /** An independent copy (its own variants map), e.g. for one run of several with other variants. */
    public CheckOptions copy() {
        CheckOptions c = new CheckOptions();
        c.maxStates = maxStates;
        c.timeoutSeconds = timeoutSeconds;
        c.maxMemoryBytes = maxMemoryBytes;
        c.variants.putAll(variants);
        c.por = por;
        c.workers = workers;
        c.traces = traces;
        c.traceDir = traceDir;
        c.monitor = monitor;
        return c;
    }
}
