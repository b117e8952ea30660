package org.pagelab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pagelab.engine.check.Bench;
import org.pagelab.engine.check.CheckOptions;
import org.pagelab.engine.lang.ScenarioException;
import org.pagelab.engine.report.Json;

/** {@code ./pagelab bench}: exploration speed and memory on scenarios (e.g. examples/bench). */
public final class BenchCommand implements Command {
    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "exploration benchmark: states, states/s, time, peak memory (e.g. examples/bench)";
    }

    @Override
    public String usage() {
        return """
                Usage: ./pagelab bench [--json] [--runs N] [--workers N] [--no-por] [--timeout S]
                                       [--max-states N] FILE|DIR...

                Explores each scenario under SC (the fastest of N runs, default 1) and
                reports states, transitions, wall time, states per second, the peak Java
                heap in use during the run, and the peak resident memory of the process
                (VmHWM, the whole JVM, since it started). The load average and the number
                of processors are printed first: measure on an idle machine. Shortest
                counterexamples are not computed (the exploration alone is timed).

                Runs longer than a second print a progress line on stderr every 2 s.
                Exit 0 when every verdict equals its Result: line, 1 when one does not
                (or a budget ran out), 2 on unusable input (the error names file:line:col).

                  --json          one JSON object: processors, loadAverage, results[]
                                  (file, name, verdict, expected, match, states,
                                  transitions, millis, statesPerSecond, peakHeapBytes,
                                  vmHwmKb, runs; error for unusable files)
                  --runs N        explore each file N times (1-100), report the fastest
                  --workers N     worker threads (0 = all processors, the default)
                  --no-por        without partial-order reduction
                  --timeout S     give up (Incomplete) after S seconds a run
                  --max-states N  give up (Incomplete) after N states

                Example: ./pagelab bench --runs 3 examples/bench
                """;
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) throws UsageException {
        Args a = Args.parse(name(), argv, Set.of("--json", "--no-por"),
                Set.of("--runs", "--workers", "--timeout", "--max-states"));
        if (a.operands().isEmpty()) {
            throw new UsageException(name() + ": expected scenario files or directories\n" + usage());
        }
        CheckOptions o = new CheckOptions();
        long workers = a.longValue(name(), "--workers", 0);
        if (workers > 256) {
            throw new UsageException(name() + ": --workers must be 0 (all processors) to 256, not " + workers);
        }
        o.workers = (int) workers;
        o.por = !a.flag("--no-por");
        o.timeoutSeconds = a.doubleValue(name(), "--timeout", 0);
        o.maxStates = a.longValue(name(), "--max-states", o.maxStates);
        if (o.maxStates < 1) {
            throw new UsageException(name() + ": --max-states must be at least 1");
        }
        long runs = a.longValue(name(), "--runs", 1);
        if (runs < 1 || runs > 100) {
            throw new UsageException(name() + ": --runs must be 1 to 100, not " + runs);
        }
        List<Path> files = CheckCommand.scenarioFiles(name(), a.operands());
        boolean json = a.flag("--json");
        int procs = Runtime.getRuntime().availableProcessors();
        double load = Bench.loadAverage();
        if (!json) {
            out.printf("%d processors, load average %.2f, workers %d, POR %s%n", procs, load,
                    o.workers == 0 ? procs : o.workers, o.por ? "on" : "off");
            out.printf("%-28s %-10s %11s %12s %9s %11s %10s %10s%n", "scenario", "verdict", "states", "transitions",
                    "ms", "states/s", "peak heap", "VmHWM");
        }
        List<Object> rows = new ArrayList<>();
        int code = 0;
        for (Path f : files) {
            o.monitor = new CliProgress(err, "bench " + f);
            try {
                Bench.Result r = Bench.run(f, o, (int) runs);
                rows.add(r.json());
                if (!json) {
                    out.printf("%-28s %-10s %11d %12d %9d %11.0f %8d MB %7d MB%n", r.name(), r.verdict(), r.states(),
                            r.transitions(), r.millis(), r.statesPerSecond(), r.peakHeapBytes() >> 20,
                            r.vmHwmKb() >> 10);
                    out.flush();
                }
                if (Boolean.FALSE.equals(r.match())) {
                    err.println(f + ": verdict " + r.verdict()
                            + (r.incomplete() != null ? " (" + r.incomplete() + " budget)" : "")
                            + ", expected " + r.expected());
                    code = Math.max(code, 1);
                }
            } catch (ScenarioException e) {
                err.println(e.getMessage());
                rows.add(error(f, e.getMessage()));
                code = 2;
            } catch (IOException e) {
                err.println(f + ": cannot read: " + e.getMessage());
                rows.add(error(f, "cannot read: " + e.getMessage()));
                code = 2;
            }
        }
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("processors", procs);
            m.put("loadAverage", load);
            m.put("results", rows);
            out.println(Json.write(m, true));
        }
        return code;
    }

    private static Map<String, Object> error(Path f, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", f.toString());
        m.put("verdict", "Error");
        m.put("error", message);
        return m;
    }
}
