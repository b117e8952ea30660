package org.pagelab.ui.scenario.internal.explore;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.pagelab.engine.explore.Trace;
import org.pagelab.engine.lkmm.Witness;

/**
 * One exploration as the Verdict and Counterexample views show it.
 *
 * @param file        the file name as the scenario's messages name it
 * @param path        the file on disk (null for an unsaved buffer)
 * @param scenario    the test name
 * @param config      what was asked
 * @param variants    the variant of each library function the run used
 * @param verdict     Never / Sometimes / Always / Incomplete / Error
 * @param expected    the expected verdict (Result:), or null
 * @param match       whether verdict and expectation agree, or null without an expectation
 * @param states      states (SC) or candidate executions (axiomatic) examined
 * @param millis      wall time
 * @param incomplete  why the run stopped early ("time", "states", "memory", "canceled"), or null
 * @param summary     what was found, for people: the violated invariant, or whether the condition held
 * @param condition   the final condition as written
 * @param trace       the SC counterexample or witness (shortest), or null
 * @param violations  one shortest trace per violation found (SC)
 * @param witness     the axiomatic witness execution, or null
 * @param error       the located error that stopped the run, or null
 * @param unsaved     the editor had unsaved changes (the run used them)
 */
public record ExploreRun(String file, Path path, String scenario, LaunchConfig config, Map<String, String> variants,
        String verdict, String expected, Boolean match, long states, long millis, String incomplete, String summary,
        String condition, Trace trace, List<Trace> violations, Witness witness, String error, boolean unsaved) {

    /** The number of steps (SC) or events (axiomatic) of the counterexample, 0 without one. */
    public int steps() {
        if (trace != null) {
            return trace.steps().size();
        }
        return witness == null ? 0 : witness.events().size();
    }

    /** "s1.pgl under sc (try_to_unmap_one=v2)". */
    public String title() {
        StringBuilder sb = new StringBuilder(scenario == null ? file : scenario).append(" under ").append(config.model());
        if (!variants.isEmpty()) {
            sb.append(" (");
            int i = 0;
            for (Map.Entry<String, String> e : variants.entrySet()) {
                sb.append(i++ == 0 ? "" : ", ").append(e.getKey()).append('=').append(e.getValue());
            }
            sb.append(')');
        }
        return sb.toString();
    }
}
