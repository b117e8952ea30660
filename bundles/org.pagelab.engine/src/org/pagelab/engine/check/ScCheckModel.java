package org.pagelab.engine.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pagelab.engine.explore.ExploreResult;
import org.pagelab.engine.explore.Explorer;
import org.pagelab.engine.explore.Trace;
import org.pagelab.engine.lang.Ast;
import org.pagelab.engine.lang.Parser;
import org.pagelab.engine.lang.ScenarioException;
import org.pagelab.engine.sem.Compiler;
import org.pagelab.engine.sem.Program;

/** Sequential consistency: every interleaving, explored by {@link Explorer}. */
public final class ScCheckModel implements CheckModel {
    @Override
    public String name() {
        return "sc";
    }

    @Override
    public String description() {
        return "sequential consistency: every interleaving of the threads' steps (the MM model's built-in checks, "
                + "deadlocks, livelocks)";
    }

    /** Compiles a file, or throws with located diagnostics. */
    public static Program compile(Path file, String text, CheckOptions o) throws ScenarioException {
        Ast.Scenario sc = Parser.parseScenario(file.toString(), text);
        Compiler.Options co = new Compiler.Options();
        co.variants.putAll(o.variants);
        co.baseDir = file.toAbsolutePath().getParent();
        return Compiler.compile(sc, co);
    }

    /** The explorer's options for a check run's budgets and choices. */
    public static Explorer.Options exploreOptions(CheckOptions o) {
        Explorer.Options eo = new Explorer.Options();
        eo.maxStates = o.maxStates;
        eo.timeoutMillis = (long) (o.timeoutSeconds * 1000);
        eo.maxMemoryBytes = o.maxMemoryBytes;
        eo.workers = o.workers;
        eo.por = o.por;
        eo.monitor = o.monitor;
        eo.model = "sc";
        return eo;
    }

    @Override
    public CheckResult check(Path file, String text, CheckOptions o) {
        long t0 = System.currentTimeMillis();
        Program p;
        try {
            p = compile(file, text, o);
        } catch (ScenarioException e) {
            return CheckResult.error(file.toString(), name(), e.getMessage());
        }
        Explorer.Options eo = exploreOptions(o);
        ExploreResult r;
        try {
            r = Explorer.explore(p, eo);
        } catch (OutOfMemoryError e) {
            return new CheckResult(file.toString(), p.name(), name(), "Incomplete", expected(p), false, 0,
                    System.currentTimeMillis() - t0, null, "memory", List.of(), false, List.of(), Map.of(), List.of());
        }
        return result(file.toString(), p, r, System.currentTimeMillis() - t0);
    }

    static String expected(Program p) {
        return p.expected() == null ? null : p.expected().toString();
    }

    static CheckResult result(String file, Program p, ExploreResult r, long millis) {
        String verdict = r.verdict() == null ? "Incomplete" : r.verdict().toString();
        String exp = expected(p);
        Boolean match = null;
        if (exp != null) {
            match = r.verdict() != null && verdict.equals(exp) && !r.unexpected();
        }
        List<CheckResult.Violation> vs = new ArrayList<>();
        List<Trace> traces = new ArrayList<>(r.violations());
        for (Trace t : r.violations()) {
            Trace.Step last = t.steps().isEmpty() ? null : t.steps().get(t.steps().size() - 1);
            String where = last == null ? p.file() : last.file() + ":" + last.line();
            vs.add(new CheckResult.Violation(t.violation(), t.message(), where, t.steps().size()));
        }
        if (r.witness() != null) {
            traces.add(r.witness());
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("finals", r.finals());
        extra.put("positive", r.positive());
        extra.put("transitions", r.transitions());
        if (!p.variants().isEmpty()) {
            extra.put("variants", p.variants());
        }
        return new CheckResult(file, p.name(), "sc", verdict, exp, match, r.states(), millis, null, r.incomplete(), vs,
                r.unexpected(), traces, extra, List.of());
    }
}
