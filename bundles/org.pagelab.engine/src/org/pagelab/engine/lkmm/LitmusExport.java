package org.pagelab.engine.lkmm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.pagelab.engine.lang.Ast;
import org.pagelab.engine.lang.Parser;
import org.pagelab.engine.lang.ScenarioException;

/**
 * Export of scenarios to herd7 {@code .litmus} files: the facade behind
 * {@code ./pagelab litmus FILE [--out F]}.
 */
public final class LitmusExport {
    private LitmusExport() {
    }

    /** The herd7 text of a scenario file in the litmus subset. */
    public static String export(Path file) throws IOException, ScenarioException {
        return export(file, false);
    }

    /**
     * The herd7 text of a scenario: the whole file when it is in the litmus
     * subset (unless {@code core}), else the racy core of the execution the
     * LKMM allows for its condition ({@link RacyCore}): the accesses to
     * shared locations of that execution, with their annotations and
     * dependencies, and an exists clause that pins it.
     */
    public static String export(Path file, boolean core) throws IOException, ScenarioException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Ast.Scenario s = Parser.parseScenario(file.toString(), text);
        if (!core) {
            try {
                return LitmusWriter.write(s, "Exported by Pagelab from " + file.getFileName());
            } catch (ScenarioException outside) {
                if (!outside.getMessage().contains("outside the litmus subset")) {
                    throw outside;
                }
            }
        }
        LitmusTest t = ProgramTests.of(org.pagelab.engine.sem.Compiler.compile(s));
        Explorer.Result r = new Explorer(t, LkmmModel.INSTANCE, null, 60_000, 0).run();
        if (r.witness() == null) {
            throw new ScenarioException(org.pagelab.engine.lang.Diagnostic.error(s.file(), s.namePos(),
                    "no execution to export: under the LKMM the condition's verdict is " + r.verdict().text()
                            + (r.incomplete() == null ? "" : " (" + r.incomplete() + ")")
                            + "; the racy core is taken from an execution satisfying it"));
        }
        return RacyCore.write(r.witness(), s.name() + "-core", java.util.List.of(
                "Racy core of " + file.getFileName() + ", exported by Pagelab: one execution the LKMM",
                "allows for the scenario's condition, its accesses to shared locations kept."));
    }

    /**
     * Writes text to a file atomically: a temporary file in the same
     * directory, then a rename over the target, so a crash never leaves a
     * half-written file.
     */
    public static void writeAtomically(Path out, String text) throws IOException {
        org.pagelab.model.MmStates.writeAtomically(out, text.getBytes(StandardCharsets.UTF_8));
    }
}
