package org.pagelab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.pagelab.engine.check.CheckOptions;
import org.pagelab.engine.check.CheckResult;
import org.pagelab.engine.check.VariantCompare;
import org.pagelab.engine.report.Json;

/** {@code ./pagelab compare}: one scenario under two variants of a function, the failing schedule replayed. */
public final class CompareCommand implements Command {
    @Override
    public String name() {
        return "compare";
    }

    @Override
    public String summary() {
        return "one scenario under two variants of a function: what the other code does on the failing schedule";
    }

    @Override
    public String usage() {
        return """
                Usage: ./pagelab compare [--json] [--variant F=V[,F=V...]] [--max-states N]
                                         [--timeout S] FILE FUNCTION VARIANT_A VARIANT_B

                Explores the scenario FILE (under SC) twice, with FUNCTION as VARIANT_A and
                as VARIANT_B (e.g. try_to_unmap_one 5.16 v2), and prints both verdicts.
                When one variant has a counterexample and the other has none, the other
                is run along the counterexample's schedule (the same CPU at each step;
                a finished or blocked CPU is passed over, then the CPUs left run to their
                end) and both interleavings are drawn, with the step where they part.

                  --json          one JSON object: file, function, sides (variant, the
                                  check result, steps, followed: steps, violation,
                                  message, divergence)
                  --variant F=V   variants of other functions, as for check
                  --max-states N  per-run budget of states
                  --timeout S     per-run time budget in seconds (default 60)

                Exit status: 0 both runs ended with a verdict, 1 a run was incomplete,
                2 unusable input (syntax or type errors, unknown function or variant,
                missing file, bad options).
                """;
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) throws UsageException {
        Args a = Args.parse(name(), argv, Set.of("--json"), Set.of("--variant", "--max-states", "--timeout"));
        if (a.operands().size() != 4) {
            throw new UsageException(name() + ": expected FILE FUNCTION VARIANT_A VARIANT_B\n" + usage());
        }
        Path file = Path.of(a.operands().get(0));
        String fn = a.operands().get(1);
        String va = a.operands().get(2);
        String vb = a.operands().get(3);
        if (va.equals(vb)) {
            throw new UsageException(name() + ": the two variants are the same ('" + va + "')");
        }
        CheckOptions o = new CheckOptions();
        o.maxStates = a.longValue(name(), "--max-states", o.maxStates);
        if (o.maxStates <= 0) {
            throw new UsageException(name() + ": option '--max-states' needs a positive number");
        }
        o.timeoutSeconds = a.doubleValue(name(), "--timeout", 60);
        o.variants.putAll(Args.variants(name(), "--variant", a.value("--variant", null)));
        if (o.variants.containsKey(fn)) {
            throw new UsageException(name() + ": " + fn + " is the compared function; do not also give it in --variant");
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new UsageException(name() + ": no such file: " + file);
        } catch (IOException e) {
            throw new UsageException(name() + ": cannot read " + file + ": " + e.getMessage());
        }
        o.monitor = new CliProgress(err, "compare " + file);
        VariantCompare.Result r = VariantCompare.run(file, text, fn, va, vb, o);
        for (VariantCompare.Side s : List.of(r.a(), r.b())) {
            CheckResult cr = s.result();
            if (cr.error() != null) {
                err.println(cr.error());
                return 2;
            }
        }
        if (a.flag("--json")) {
            out.println(Json.write(r.json(), true));
        } else {
            out.print(r.text());
        }
        boolean incomplete = "Incomplete".equals(r.a().result().verdict())
                || "Incomplete".equals(r.b().result().verdict());
        return incomplete ? 1 : 0;
    }
}
