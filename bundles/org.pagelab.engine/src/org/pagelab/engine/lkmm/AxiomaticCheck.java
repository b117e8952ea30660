package org.pagelab.engine.lkmm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pagelab.engine.ProgressMonitor;

/**
 * One file checked under an axiomatic model: the facade the {@code check}
 * command calls for {@code --model lkmm|tso|sc}. Produces the fields of the
 * Engine issue's JSON ({@code file}, {@code name}, {@code verdict},
 * {@code expected}, {@code match}, {@code states}, {@code millis},
 * {@code error}) plus {@code model}, {@code flags}, {@code note}, and the
 * witness of a Sometimes/Always verdict.
 */
public final class AxiomaticCheck {
    /**
     * The outcome for one file.
     *
     * @param file        the file as given
     * @param name        the test name
     * @param model       the model's name
     * @param verdict     Never / Sometimes / Always / Incomplete / Error
     * @param expected    the expected observation (Result:), or null
     * @param match       whether it matched (judgelitmus.sh rules), or null
     * @param note        why a mismatch was forgiven, or another remark, or null
     * @param candidates  candidate executions checked (the "states" of the JSON)
     * @param millis      wall time
     * @param flags       flags raised (data-race...)
     * @param witness     an execution for the verdict, or null
     * @param error       the located error, or null
     */
    public record Report(String file, String name, String model, String verdict, String expected, Boolean match,
            String note, long candidates, long millis, List<String> flags, Witness witness, String error) {

        /**
         * The model's own JSON fields (flags, note, witness), which the check
         * command's object (see {@code CheckResult.json}) carries after the
         * common ones.
         */
        public Map<String, Object> extraJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("flags", flags);
            if (note != null) {
                m.put("note", note);
            }
            if (witness != null) {
                m.put("witness", witnessJson(witness));
            }
            return m;
        }

        /** One line: verdict, expectation, candidates, time. */
        public String line() {
            String exp = expected == null ? "no expectation" : "expected " + expected;
            String res = match == null ? "" : match ? "ok" : "MISMATCH";
            return String.format("%-9s %-10s %-22s %-8s %8d cand %6d ms  %s%s%s", res, verdict, exp, model, candidates,
                    millis, file, flags.isEmpty() ? "" : "  [" + String.join(",", flags) + "]",
                    note == null ? "" : "  (" + note + ")");
        }
    }

    private AxiomaticCheck() {
    }

    /** Runs the model on a test built from a file. */
    public static Report run(String file, LitmusTest test, MemoryModel model, Expectation exp, ProgressMonitor monitor,
            long timeoutMillis, long maxCandidates) {
        long t0 = System.nanoTime();
        Explorer.Result r = new Explorer(test, model, monitor, timeoutMillis, maxCandidates).run();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        List<String> flags = new ArrayList<>(r.flags());
        String verdict = r.verdict().text();
        Boolean match = null;
        String note = r.incomplete();
        if (r.verdict() != Explorer.Verdict.INCOMPLETE && exp != null && exp.isOracle()) {
            boolean race = r.flags().contains("data-race");
            Expectation.Judgement j = model instanceof LkmmModel ? exp.judge(verdict, race)
                    : new Expectation.Judgement(exp.outcome().equals(verdict), null);
            match = j.match();
            note = j.note();
        } else if (r.verdict() == Explorer.Verdict.INCOMPLETE && exp != null && exp.isOracle()) {
            match = false;
        }
        if (r.violation() != null) {
            String v = "an allowed execution reaches a violation: " + r.violation();
            note = note == null ? v : note + "; " + v;
        }
        Witness w = r.witness() == null ? null : Witness.of(r.witness(), test, model.name());
        return new Report(file, test.name(), model.name(), verdict, exp == null ? null : exp.outcome(), match, note,
                r.candidates(), ms, flags, w, null);
    }

    /** A file that could not be checked: verdict Error with the located message. */
    public static Report error(String file, String name, MemoryModel model, String message) {
        return new Report(file, name, model.name(), "Error", null, null, null, 0, 0, List.of(), null, message);
    }

    private static Map<String, Object> witnessJson(Witness w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("threads", w.threadNames());
        List<Object> evs = new ArrayList<>();
        for (Witness.Event e : w.events()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("label", e.label());
            o.put("thread", e.thread());
            o.put("event", e.text());
            if (e.origin() != null) {
                o.put("origin", e.origin());
            }
            evs.add(o);
        }
        m.put("events", evs);
        List<Object> edges = new ArrayList<>();
        for (Witness.Edge e : w.edges()) {
            edges.add(List.of(e.relation(), e.from(), e.to()));
        }
        m.put("edges", edges);
        m.put("final", w.finalMemory());
        return m;
    }
}
