package org.pagelab.engine.lkmm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.pagelab.engine.ProgressMonitor;
import org.pagelab.engine.lang.Ast;
import org.pagelab.engine.lang.Parser;
import org.pagelab.engine.lang.ScenarioException;
import org.pagelab.engine.sem.Compiler;
import org.pagelab.engine.sem.Program;

/**
 * Checks a scenario or litmus file under an axiomatic model: parse, compile
 * (the engine's compiler), translate to a {@link LitmusTest}
 * ({@link ProgramTests}), explore ({@link Explorer}), judge
 * ({@link Expectation}). The model is the one asked for, else the file's
 * {@code Model:} line, else the LKMM.
 */
public final class AxiomaticChecks {
    private AxiomaticChecks() {
    }

    /** The model for a file: {@code forced} when not null, else its Model: line, else lkmm. */
    public static MemoryModel modelFor(Ast.Scenario s, MemoryModel forced) throws ScenarioException {
        if (forced != null) {
            return forced;
        }
        MemoryModel m = ModelHeader.declared(s);
        return m != null ? m : LkmmModel.INSTANCE;
    }

    /** Checks one file; errors (I/O, syntax, semantics) come back as a Report with verdict Error. */
    public static AxiomaticCheck.Report check(Path file, MemoryModel forced, ProgressMonitor monitor,
            long timeoutMillis, long maxCandidates) {
        String shown = file.toString();
        MemoryModel model = forced != null ? forced : LkmmModel.INSTANCE;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Ast.Scenario s = Parser.parseScenario(shown, text);
            model = modelFor(s, forced);
            Program prog = Compiler.compile(s);
            LitmusTest t = ProgramTests.of(prog);
            return AxiomaticCheck.run(shown, t, model, Expectation.parse(s.result()), monitor, timeoutMillis,
                    maxCandidates);
        } catch (ScenarioException e) {
            return AxiomaticCheck.error(shown, file.getFileName().toString(), model, e.getMessage());
        } catch (IOException e) {
            return AxiomaticCheck.error(shown, file.getFileName().toString(), model,
                    shown + ": cannot read: " + e.getMessage());
        } catch (ProgramTests.TooLong e) {
            return new AxiomaticCheck.Report(shown, file.getFileName().toString(), model.name(), "Incomplete", null,
                    null, e.getMessage(), 0, 0, java.util.List.of(), null, null);
        }
    }
}
