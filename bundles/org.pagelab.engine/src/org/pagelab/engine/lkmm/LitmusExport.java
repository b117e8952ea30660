package org.pagelab.engine.lkmm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Ast.Scenario s = Parser.parseScenario(file.toString(), text);
        return LitmusWriter.write(s, "Exported by Pagelab from " + file.getFileName());
    }

    /**
     * Writes text to a file atomically: a temporary file in the same
     * directory, then a rename over the target, so a crash never leaves a
     * half-written file.
     */
    public static void writeAtomically(Path out, String text) throws IOException {
        Path abs = out.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
