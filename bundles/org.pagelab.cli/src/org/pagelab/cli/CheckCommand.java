package org.pagelab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.pagelab.engine.lang.Ast;
import org.pagelab.engine.lang.Parser;
import org.pagelab.engine.lang.ScenarioException;
import org.pagelab.engine.lkmm.AxiomaticCheck;
import org.pagelab.engine.lkmm.AxiomaticChecks;
import org.pagelab.engine.lkmm.LitmusExport;
import org.pagelab.engine.lkmm.MemoryModel;
import org.pagelab.engine.lkmm.ModelHeader;
import org.pagelab.engine.report.Json;
import org.pagelab.engine.sem.Compiler;
import org.pagelab.engine.sem.Program;

/**
 * {@code ./pagelab check}: the verdict of each scenario or litmus file's
 * final condition. {@code --model sc} (the default) runs the engine's
 * exhaustive SC explorer; {@code lkmm}, {@code tso} and {@code sc-ax}
 * (axiomatic SC, for cross-checking) run the axiomatic models of
 * org.pagelab.engine.lkmm. A file's {@code Model:} line chooses its model
 * when {@code --model} is not given.
 */
public final class CheckCommand implements Command {
    @Override
    public String name() {
        return "check";
    }

    @Override
    public String summary() {
        return "verdict of scenarios and litmus files (SC explorer, or --model lkmm|tso|sc-ax)";
    }

    @Override
    public String usage() {
        return """
                Usage: ./pagelab check [--json] [--model sc|lkmm|tso|sc-ax] [--timeout S]
                                       [--max-states N] [--dot DIR] FILE|DIR...

                Checks the final condition (exists / ~exists / forall) of each file (a
                directory is searched for .litmus and .pgl files) and prints one line per
                file: match, verdict (Never / Sometimes / Always / Incomplete / Error),
                expectation (Result:), model, work done, time. Under an axiomatic model a
                Sometimes or Always verdict is followed by its witness execution (events
                per CPU; rf, co, fr, rmw and dependency edges).

                  --model M      sc: exhaustive interleavings (default); lkmm: the Linux
                                 kernel memory model (tools/memory-model); tso: x86-TSO;
                                 sc-ax: sequential consistency, axiomatically. Without
                                 --model a file's "Model:" header line decides.
                  --json         one JSON array, an object per file (file, name, model,
                                 verdict, expected, match, states, millis, flags, error,
                                 witness)
                  --dot DIR      also write each witness as DIR/NAME.dot (Graphviz)
                  --timeout S    per-file time budget (default 60 s); past it: Incomplete
                  --max-states N per-file budget of states / candidate executions

                Result: lines are judged as the kernel's judgelitmus.sh does: "Never
                DATARACE" needs the data-race flag and forgives the observation.
                Exit status: 0 every expectation matched, 1 one did not, 2 unusable input.
                """;
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) throws UsageException {
        Args a = Args.parse(name(), argv, Set.of("--json"), Set.of("--model", "--timeout", "--max-states", "--dot"));
        if (a.operands().isEmpty()) {
            throw new UsageException(name() + ": expected scenario files or directories\n" + usage());
        }
        String modelName = a.value("--model", null);
        MemoryModel forced = null;
        boolean forcedSc = false;
        if (modelName != null) {
            if (modelName.equals("sc")) {
                forcedSc = true;
            } else {
                forced = MemoryModel.byName(modelName.equals("sc-ax") ? "sc" : modelName);
                if (forced == null) {
                    throw new UsageException(name() + ": unknown model '" + modelName
                            + "' (expected sc, lkmm, tso or sc-ax)");
                }
            }
        }
        long timeoutMs = (long) (a.doubleValue(name(), "--timeout", 60) * 1000);
        long maxStates = a.longValue(name(), "--max-states", 0);
        Path dotDir = a.value("--dot", null) == null ? null : Path.of(a.value("--dot", null));
        boolean json = a.flag("--json");
        List<Path> files = new ArrayList<>();
        for (String op : a.operands()) {
            Path p = Path.of(op);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> f.toString().endsWith(".litmus") || f.toString().endsWith(".pgl")).sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UsageException(name() + ": cannot list " + p + ": " + e.getMessage());
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new UsageException(name() + ": no such file or directory: " + p);
            }
        }
        CliProgress progress = new CliProgress(err);
        List<Object> objects = new ArrayList<>();
        boolean mismatch = false;
        boolean unusable = false;
        long t0 = System.nanoTime();
        for (Path f : files) {
            Map<String, Object> obj;
            String line;
            String witness = null;
            String dot = null;
            progress.begin("check " + f, org.pagelab.engine.ProgressMonitor.UNKNOWN);
            String model = forcedSc ? "sc" : forced != null ? null : declaredModel(f);
            if (model == null || !model.equals("sc")) {
                AxiomaticCheck.Report r = AxiomaticChecks.check(f, forced, progress, timeoutMs, maxStates);
                obj = r.json();
                if (forced != null && modelName.equals("sc-ax")) {
                    obj.put("model", "sc-ax");
                }
                line = r.line();
                if (r.witness() != null) {
                    witness = r.witness().toText();
                    dot = r.witness().toDot(r.name());
                }
                if (r.error() != null) {
                    unusable = true;
                    line = "Error     " + r.error();
                }
                mismatch |= Boolean.FALSE.equals(r.match());
            } else {
                obj = explore(f, timeoutMs, maxStates, progress);
                line = String.format("%-9s %-10s %-22s %-8s %8s st   %6s ms  %s",
                        obj.get("match") == null ? "" : (Boolean) obj.get("match") ? "ok" : "MISMATCH",
                        obj.get("verdict"), obj.get("expected") == null ? "no expectation"
                                : "expected " + obj.get("expected"), "sc", obj.get("states"), obj.get("millis"), f);
                if (obj.get("error") != null) {
                    unusable = true;
                    line = "Error     " + obj.get("error");
                }
                mismatch |= Boolean.FALSE.equals(obj.get("match"));
            }
            objects.add(obj);
            if (!json) {
                out.println(line);
                if (witness != null) {
                    out.print(indent(witness));
                }
            }
            if (dotDir != null && dot != null) {
                Path target = dotDir.resolve(f.getFileName().toString().replaceAll("\\.(litmus|pgl)$", "") + ".dot");
                try {
                    LitmusExport.writeAtomically(target, dot);
                } catch (IOException e) {
                    throw new UsageException(name() + ": cannot write " + target + ": " + e.getMessage());
                }
            }
        }
        progress.done();
        if (json) {
            out.println(Json.write(objects, true));
        } else if (files.size() > 1) {
            out.printf("%d files in %.1f s%n", files.size(), (System.nanoTime() - t0) / 1e9);
        }
        return unusable ? 2 : mismatch ? 1 : 0;
    }

    /** The Model: line of a file, or "sc" (the explorer's default) when absent or unreadable. */
    private static String declaredModel(Path f) {
        try {
            Ast.Scenario s = Parser.parseScenario(f.toString(), Files.readString(f));
            MemoryModel m = ModelHeader.declared(s);
            return m == null ? "sc" : m.name();
        } catch (IOException | ScenarioException e) {
            return null; // the axiomatic path reports the located error
        }
    }

    /** The SC explorer's verdict as the same JSON fields. */
    private static Map<String, Object> explore(Path f, long timeoutMs, long maxStates, CliProgress progress) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", f.toString());
        m.put("model", "sc");
        try {
            Ast.Scenario s = Parser.parseScenario(f.toString(), Files.readString(f));
            m.put("name", s.name());
            Program prog = Compiler.compile(s);
            org.pagelab.engine.explore.Explorer.Options o = new org.pagelab.engine.explore.Explorer.Options();
            o.timeoutMillis = timeoutMs;
            if (maxStates > 0) {
                o.maxStates = maxStates;
            }
            o.monitor = progress;
            org.pagelab.engine.explore.ExploreResult r = org.pagelab.engine.explore.Explorer.explore(prog, o);
            String verdict = r.complete() && r.verdict() != null ? r.verdict().toString() : "Incomplete";
            m.put("verdict", verdict);
            m.put("expected", s.expected() == null ? null : s.expected().toString());
            m.put("match", s.expected() == null ? null : s.expected().toString().equals(verdict));
            m.put("states", r.states());
            m.put("millis", r.millis());
            if (r.incomplete() != null) {
                m.put("note", "incomplete: " + r.incomplete());
            }
        } catch (ScenarioException e) {
            m.put("verdict", "Error");
            m.put("error", e.getMessage());
        } catch (IOException e) {
            m.put("verdict", "Error");
            m.put("error", f + ": cannot read: " + e.getMessage());
        }
        return m;
    }

    private static String indent(String s) {
        StringBuilder b = new StringBuilder();
        for (String l : s.split("\n", -1)) {
            if (!l.isEmpty()) {
                b.append("    ").append(l).append('\n');
            }
        }
        return b.toString();
    }
}
