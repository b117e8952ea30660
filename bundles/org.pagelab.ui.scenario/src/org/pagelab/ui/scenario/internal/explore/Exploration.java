package org.pagelab.ui.scenario.internal.explore;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.pagelab.engine.ProgressMonitor;
import org.pagelab.engine.check.CheckModel;
import org.pagelab.engine.check.CheckModels;
import org.pagelab.engine.check.CheckOptions;
import org.pagelab.engine.check.CheckResult;
import org.pagelab.engine.explore.Trace;
import org.pagelab.engine.lang.Ast;
import org.pagelab.engine.lang.Parser;
import org.pagelab.engine.lang.ScenarioException;
import org.pagelab.engine.lkmm.AxiomaticCheck;
import org.pagelab.engine.lkmm.Expectation;
import org.pagelab.engine.lkmm.LitmusTest;
import org.pagelab.engine.lkmm.MemoryModel;
import org.pagelab.engine.lkmm.ProgramTests;
import org.pagelab.engine.sem.Compiler;
import org.pagelab.engine.sem.Program;

/**
 * Runs the engine on a scenario's text as {@code ./pagelab check} does: the
 * SC explorer (every interleaving, shortest counterexample) or an axiomatic
 * model (LKMM, TSO) with its witness. Errors come back as a run with verdict
 * Error and the located message; nothing is thrown.
 */
public final class Exploration {
    private Exploration() {
    }

    /** Explores {@code text} (named {@code file}; imports resolve next to {@code path}). */
    public static ExploreRun run(String file, Path path, String text, LaunchConfig config, ProgressMonitor monitor,
            boolean unsaved) {
        long t0 = System.currentTimeMillis();
        String name = file;
        try {
            Ast.Scenario s = Parser.parseScenario(file, text);
            name = s.name();
            String cond = s.condition() == null ? null : conditionText(text, s);
            if (MemoryModel.byName(config.model()) != null && !config.model().equals("sc")) {
                Compiler.Options co = new Compiler.Options();
                co.baseDir = path == null ? null : path.toAbsolutePath().getParent();
                co.variants.putAll(config.variants());
                return axiomatic(file, path, s, Compiler.compile(s, co), config, monitor, cond, unsaved);
            }
            CheckModel model = CheckModels.byName(config.model());
            if (model == null) {
                return error(file, path, name, config, "unknown memory model '" + config.model() + "' (known: "
                        + String.join(", ", CheckModels.names()) + ")", t0, unsaved);
            }
            CheckOptions o = new CheckOptions();
            o.timeoutSeconds = config.timeoutSeconds();
            if (config.maxStates() > 0) {
                o.maxStates = config.maxStates();
            }
            o.variants.putAll(config.variants());
            o.monitor = monitor;
            // imports resolve next to the file; steps and messages then name it by its path
            Path named = path == null ? Path.of(file) : path.toAbsolutePath();
            CheckResult r = model.check(named, text, o);
            if (r.error() != null) {
                return error(file, path, name, config, r.error(), t0, unsaved);
            }
            Trace trace = r.traces().isEmpty() ? null : r.traces().get(0);
            List<Trace> violations = r.traces().stream().filter(t -> "violation".equals(t.kind()) || "livelock".equals(t.kind()))
                    .toList();
            // the variants this scenario chose (its variant lines, then the launch's choices), not every library default
            Map<String, String> variants = new java.util.LinkedHashMap<>();
            for (Ast.VariantSelect vs : s.items().variants()) {
                variants.put(vs.function(), vs.variant());
            }
            variants.putAll(config.variants());
            return new ExploreRun(file, path, s.name(), config, variants, r.verdict(), r.expected(), r.match(), r.states(),
                    r.millis(), r.incomplete(), summary(r, s), cond, trace, violations, null, null, unsaved);
        } catch (ScenarioException e) {
            return error(file, path, name, config, e.getMessage(), t0, unsaved);
        } catch (CancellationException e) {
            return new ExploreRun(file, path, name, config, Map.of(), "Incomplete", null, null, 0,
                    System.currentTimeMillis() - t0, "canceled", "Canceled before a verdict.", null, null, List.of(), null,
                    null, unsaved);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            org.pagelab.ui.scenario.internal.Activator.warn("exploring " + file + " failed", e);
            return error(file, path, name, config, file + ": internal error while exploring (" + e + "); see the error log",
                    t0, unsaved);
        }
    }

    private static ExploreRun axiomatic(String file, Path path, Ast.Scenario s, Program prog, LaunchConfig config,
            ProgressMonitor monitor, String cond, boolean unsaved) throws ScenarioException {
        MemoryModel mm = MemoryModel.byName(config.model());
        LitmusTest t;
        try {
            t = ProgramTests.of(prog);
        } catch (ProgramTests.TooLong e) {
            return new ExploreRun(file, path, s.name(), config, prog.variants(), "Incomplete", null, null, 0, 0, "events",
                    e.getMessage(), cond, null, List.of(), null, null, unsaved);
        }
        AxiomaticCheck.Report r = AxiomaticCheck.run(file, t, mm, Expectation.parse(s.result()), monitor,
                config.timeoutSeconds() * 1000L, config.maxStates());
        if (r.error() != null) {
            return error(file, path, s.name(), config, r.error(), System.currentTimeMillis() - r.millis(), unsaved);
        }
        String summary = switch (r.verdict()) {
            case "Never" -> "No execution allowed by " + r.model() + " satisfies the final condition.";
            case "Always" -> "Every execution allowed by " + r.model() + " satisfies the final condition.";
            case "Sometimes" -> "An execution allowed by " + r.model() + " satisfies the final condition (witness below).";
            default -> r.note() == null ? "The run stopped before a verdict." : r.note();
        };
        if (!r.flags().isEmpty()) {
            summary += " Flags: " + String.join(", ", r.flags()) + ".";
        }
        if (r.note() != null && !summary.contains(r.note())) {
            summary += " " + r.note();
        }
        return new ExploreRun(file, path, s.name(), config, prog.variants(), r.verdict(), r.expected(), r.match(),
                r.candidates(), r.millis(), r.verdict().equals("Incomplete") ? "budget" : null, summary, cond, null,
                List.of(), r.witness(), null, unsaved);
    }

    private static ExploreRun error(String file, Path path, String name, LaunchConfig config, String msg, long t0,
            boolean unsaved) {
        return new ExploreRun(file, path, name, config, Map.of(), "Error", null, null, 0, System.currentTimeMillis() - t0,
                null, msg, null, null, List.of(), null, msg, unsaved);
    }

    /** What the run found, for people. */
    static String summary(CheckResult r, Ast.Scenario s) {
        if (!r.violations().isEmpty()) {
            CheckResult.Violation v = r.violations().get(0);
            String more = r.violations().size() > 1 ? " (and " + (r.violations().size() - 1) + " other kinds of violation)" : "";
            return "Violated: " + v.name() + ": " + v.message() + (v.location() == null ? "" : " (" + v.location() + ")")
                    + (r.unexpected() ? "; the final condition does not expect it" : "") + more;
        }
        if (r.incomplete() != null) {
            return "Stopped early (" + r.incomplete() + ") after " + r.states() + " states: no verdict.";
        }
        if (s.condition() == null) {
            return "No violation in any interleaving.";
        }
        String q = s.condition().quantifier().toString();
        return switch (r.verdict()) {
            case "Never" -> "No interleaving satisfies the condition of " + q + "; no invariant was violated.";
            case "Always" -> "Every interleaving satisfies the condition of " + q + ".";
            default -> "Some interleavings satisfy the condition of " + q + " (the shortest is the counterexample); others do not.";
        };
    }

    /** The final condition as written in the text. */
    static String conditionText(String text, Ast.Scenario s) {
        int at = s.condition().pos().offset();
        return at >= 0 && at < text.length() ? text.substring(at).strip() : null;
    }
}
