package org.pagelab.engine.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pagelab.engine.explore.Trace;

/**
 * The outcome of checking one file, in the shape of the check command's
 * JSON (one object per file).
 *
 * @param file        the file as given
 * @param name        the scenario/test name (null when it could not be parsed)
 * @param model       "sc", "lkmm", ...
 * @param verdict     "Never", "Sometimes", "Always", "Incomplete" or "Error"
 * @param expected    the Result: expectation, or null
 * @param match       whether the verdict matched the expectation with no unexpected violation; null
 *                    without an expectation (or on Error)
 * @param states      states explored (sc) or candidate executions (axiomatic models)
 * @param millis      wall time
 * @param error       for Error: "file:line:column: message"; null otherwise
 * @param incomplete  why the run stopped early ("states", "time", "memory", "canceled"), or null
 * @param violations  the violations found (name and message), first the one shown
 * @param unexpected  a violation the condition does not mention was found
 * @param traces      the counterexamples (one per violation) and then the witness, if any
 * @param extra       model-specific JSON fields (flags, notes...)
 * @param details     model-specific text shown under the result line
 */
public record CheckResult(String file, String name, String model, String verdict, String expected, Boolean match,
        long states, long millis, String error, String incomplete, List<Violation> violations, boolean unexpected,
        List<Trace> traces, Map<String, Object> extra, List<String> details) {

    /** A violation found: its name, message and where (file:line of the step). */
    public record Violation(String name, String message, String location, int steps) {
    }

    /** Key in {@link #extra} of a Graphviz rendering of the witness (not part of the JSON). */
    public static final String DOT = "_dot";

    public static CheckResult error(String file, String model, String message) {
        return new CheckResult(file, null, model, "Error", null, null, 0, 0, message, null, List.of(), false,
                List.of(), Map.of(), List.of());
    }

    /** The JSON object of the check command. */
    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("name", name);
        m.put("model", model);
        m.put("verdict", verdict);
        m.put("expected", expected);
        m.put("match", match);
        m.put("states", states);
        m.put("millis", millis);
        if (error != null) {
            m.put("error", error);
        }
        if (incomplete != null) {
            m.put("incomplete", incomplete);
        }
        if (!violations.isEmpty()) {
            List<Object> vs = new ArrayList<>();
            for (Violation v : violations) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("name", v.name());
                o.put("message", v.message());
                o.put("location", v.location());
                o.put("steps", v.steps());
                vs.add(o);
            }
            m.put("violations", vs);
            m.put("unexpected", unexpected);
        }
        for (Map.Entry<String, Object> e : extra.entrySet()) {
            if (!e.getKey().startsWith("_")) {
                m.put(e.getKey(), e.getValue());
            }
        }
        return m;
    }

    /** One line of the text output. */
    public String line() {
        String res = match == null ? (verdict.equals("Error") ? "ERROR" : "-") : match ? "ok" : "MISMATCH";
        String exp = expected == null ? "no expectation" : "expected " + expected;
        StringBuilder sb = new StringBuilder(String.format("%-9s %-10s %-20s %10d states %7d ms  %s", res, verdict,
                exp, states, millis, file));
        if (incomplete != null) {
            sb.append("  (stopped: ").append(incomplete).append(')');
        }
        if (!violations.isEmpty()) {
            sb.append("  [").append(violations.get(0).name()).append(unexpected ? ", unexpected" : "").append(']');
        }
        return sb.toString();
    }
}
