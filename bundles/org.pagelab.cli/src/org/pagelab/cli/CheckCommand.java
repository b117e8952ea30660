package org.pagelab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import java.nio.file.Files;

import org.pagelab.engine.check.CheckModel;
import org.pagelab.engine.check.CheckModels;
import org.pagelab.engine.check.CheckOptions;
import org.pagelab.engine.check.CheckResult;
import org.pagelab.engine.check.Checker;
import org.pagelab.engine.explore.Trace;
import org.pagelab.engine.lang.Parser;
import org.pagelab.engine.lang.ScenarioException;
import org.pagelab.engine.lkmm.MemoryModel;
import org.pagelab.engine.lkmm.ModelHeader;
import org.pagelab.engine.report.InterleavingDiagram;
import org.pagelab.engine.report.Json;

/** {@code ./pagelab check}: explore scenarios and litmus tests, compare with their Result: lines. */
public final class CheckCommand implements Command {
    @Override
    public String name() {
        return "check";
    }

    @Override
    public String summary() {
        return "verdicts of scenarios (.pgl) and litmus tests: SC explorer or --model lkmm|tso|sc-ax";
    }

    @Override
    public String usage() {
        return """
                Usage: ./pagelab check [--json] [--model M] [--max-states N] [--timeout S]
                                       [--variant FUNC=NAME[,FUNC=NAME...]] [--trace-out DIR]
                                       [--dot DIR] [--no-por] [--workers N] [--quiet] FILE|DIR...

                Checks the final condition of each scenario or litmus test (directories are
                searched for *.pgl and *.litmus) and prints one line per file: ok/MISMATCH,
                the verdict (Never, Sometimes, Always, Incomplete, Error), the expectation
                from the file's Result: line, states explored, time. Under sc a violation
                (or a Sometimes witness) is drawn as an interleaving in CPU columns; under
                an axiomatic model a witness execution is listed.

                  --json            one JSON array, an object per file: file, name, model,
                                    verdict, expected, match, states, millis, error (with
                                    file:line:column), violations, ...
                  --model M         sc: every interleaving under sequential consistency, with
                                    the MM model's checks (default); lkmm: the Linux kernel
                                    memory model; tso: x86-TSO; sc-ax: SC axiomatically.
                                    Without --model, a file's "Model:" line decides.
                  --max-states N    per-file budget of states (or candidate executions)
                  --timeout S       per-file time budget in seconds (default 60)
                  --variant F=V     run function F's variant V (e.g. try_to_unmap_one=v2)
                  --trace-out DIR   write each counterexample/witness as an ftrace text trace
                  --dot DIR         write axiomatic witnesses as DIR/NAME.dot (Graphviz)
                  --no-por          explore without partial-order reduction
                  --workers N       threads exploring (default: all processors)
                  --quiet           no diagrams or witnesses

                Exit status: 0 every expectation matched, 1 one did not (or a run was
                incomplete), 2 unusable input (syntax or type errors, missing files, bad
                options). Result: lines are judged as the kernel's judgelitmus.sh does
                under lkmm ("Never DATARACE" needs the data-race flag).
                """;
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) throws UsageException {
        Args a = Args.parse(name(), argv, Set.of("--json", "--no-por", "--quiet"),
                Set.of("--model", "--max-states", "--timeout", "--variant", "--trace-out", "--workers", "--dot"));
        if (a.operands().isEmpty()) {
            throw new UsageException(name() + ": expected at least one FILE or DIR\n" + usage());
        }
        String modelName = a.value("--model", null);
        CheckModel forced = null;
        if (modelName != null) {
            forced = CheckModels.byName(modelName);
            if (forced == null) {
                throw new UsageException(name() + ": unknown model '" + modelName + "' (available: "
                        + String.join(", ", CheckModels.names()) + ")");
            }
        }
        CheckOptions o = new CheckOptions();
        o.maxStates = a.longValue(name(), "--max-states", o.maxStates);
        if (o.maxStates == 0) {
            throw new UsageException(name() + ": option '--max-states' needs a positive number");
        }
        o.timeoutSeconds = a.doubleValue(name(), "--timeout", 60);
        o.workers = (int) Math.min(256, a.longValue(name(), "--workers", 0));
        o.por = !a.flag("--no-por");
        o.variants.putAll(Args.variants(name(), "--variant", a.value("--variant", null)));
        Path dotDir = a.value("--dot", null) == null ? null : Path.of(a.value("--dot", null));
        String traceOut = a.value("--trace-out", null);
        if (traceOut != null) {
            o.traceDir = Path.of(traceOut);
        }
        List<Path> files = scenarioFiles(name(), a.operands());
        boolean json = a.flag("--json");
        List<CheckResult> results = new ArrayList<>();
        for (Path f : files) {
            o.monitor = new CliProgress(err, "check " + f);
            CheckModel model = forced != null ? forced : declared(f);
            CheckResult r = Checker.check(f, model, o);
            results.add(r);
            Object dot = r.extra().get(CheckResult.DOT);
            if (dotDir != null && dot != null) {
                Path target = dotDir.resolve(f.getFileName().toString().replaceAll("\\.(litmus|pgl)$", "") + ".dot");
                try {
                    Files.createDirectories(dotDir);
                    org.pagelab.engine.report.CounterexampleExport.writeAtomically(target, dot.toString());
                } catch (IOException e) {
                    throw new UsageException(name() + ": cannot write " + target + ": " + e.getMessage());
                }
            }
            if (!json) {
                out.println(r.line());
                if (r.error() != null) {
                    out.println("    " + r.error());
                }
                if (!a.flag("--quiet")) {
                    for (String d : r.details()) {
                        out.println("    " + d);
                    }
                    Trace shown = shown(r);
                    if (shown != null) {
                        out.println();
                        out.println(indent((shown.violation() != null ? "Counterexample (" + shown.violation() + ")"
                                : "Witness") + ", " + shown.steps().size() + " steps, model " + shown.model() + ":"));
                        out.println(indent(InterleavingDiagram.render(shown)));
                    }
                }
                out.flush();
            }
        }
        if (json) {
            List<Object> arr = new ArrayList<>();
            for (CheckResult r : results) {
                arr.add(r.json());
            }
            out.println(Json.write(arr, true));
        }
        return Checker.exitCode(results);
    }

    /** The scenario and litmus files of FILE|DIR operands (at least one), or a usage error. */
    static List<Path> scenarioFiles(String command, List<String> operands) throws UsageException {
        List<Path> files;
        try {
            List<Path> ops = new ArrayList<>();
            for (String s : operands) {
                ops.add(Path.of(s));
            }
            files = Checker.collect(ops);
        } catch (NoSuchFileException e) {
            throw new UsageException(command + ": no such file or directory: " + e.getMessage());
        } catch (IOException e) {
            throw new UsageException(command + ": cannot read: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new UsageException(command + ": no .pgl or .litmus files in " + String.join(" ", operands));
        }
        return files;
    }

    /** The model a file asks for in its "Model:" line; sc when none (or when it cannot be parsed). */
    private static CheckModel declared(Path f) {
        try {
            MemoryModel m = ModelHeader.declared(Parser.parseScenario(f.toString(), Files.readString(f)));
            if (m != null && !m.name().equals("sc")) {
                CheckModel c = CheckModels.byName(m.name());
                if (c != null) {
                    return c;
                }
            }
        } catch (IOException | ScenarioException | RuntimeException e) {
            // the model's own parse reports the located error
        }
        return CheckModels.byName("sc");
    }

    private static Trace shown(CheckResult r) {
        for (Trace t : r.traces()) {
            if (t.violation() != null) {
                return t;
            }
        }
        if ("Sometimes".equals(r.verdict()) && !r.traces().isEmpty()) {
            return r.traces().get(r.traces().size() - 1);
        }
        return null;
    }

    private static String indent(String s) {
        StringBuilder sb = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            sb.append(line.isEmpty() ? "" : "    " + line).append('\n');
        }
        return sb.toString().stripTrailing();
    }
}
