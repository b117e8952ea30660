package org.pagelab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.pagelab.engine.lang.ScenarioException;
import org.pagelab.engine.lkmm.LitmusExport;

/** {@code ./pagelab litmus FILE [--out F]}: export a scenario as a herd7 .litmus file. */
public final class LitmusCommand implements Command {
    @Override
    public String name() {
        return "litmus";
    }

    @Override
    public String summary() {
        return "export a scenario in the litmus subset as a .litmus file herd7 accepts";
    }

    @Override
    public String usage() {
        return """
                Usage: ./pagelab litmus FILE [--core] [--out OUT.litmus]

                Prints (or writes to OUT, atomically) FILE as a C litmus test that herd7
                accepts unchanged: thread names are dropped (P0:dio -> P0, dio:r1 -> 0:r1),
                #define and enum constants substituted, != written ~(a=b).
                A scenario outside the litmus subset (library calls, MM objects, functions,
                loops), or any scenario with --core, is exported as its racy core: the
                execution the LKMM allows for its condition, reduced to the accesses to
                shared locations (annotations, fences, locks, dependencies kept), with an
                exists clause pinning it. Exit 2 with file:line:column when it cannot be.
                Run it with: herd7 -conf linux-kernel.cfg OUT.litmus
                """;
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) throws UsageException {
        Args a = Args.parse(name(), argv, Set.of("--core"), Set.of("--out"));
        if (a.operands().size() != 1) {
            throw new UsageException(name() + ": expected one scenario file\n" + usage());
        }
        Path in = Path.of(a.operands().get(0));
        if (!Files.isRegularFile(in)) {
            throw new UsageException(name() + ": no such file: " + in);
        }
        String text;
        try {
            text = LitmusExport.export(in, a.flag("--core"));
        } catch (ScenarioException e) {
            err.println(e.getMessage());
            return 2;
        } catch (NoSuchFileException e) {
            throw new UsageException(name() + ": no such file: " + in);
        } catch (IOException e) {
            throw new UsageException(name() + ": cannot read " + in + ": " + e.getMessage());
        }
        String o = a.value("--out", null);
        if (o == null) {
            out.print(text);
            return 0;
        }
        try {
            LitmusExport.writeAtomically(Path.of(o), text);
        } catch (IOException e) {
            throw new UsageException(name() + ": cannot write " + o + ": " + e.getMessage());
        }
        err.println("wrote " + o);
        return 0;
    }
}
