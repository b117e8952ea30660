package org.pagelab.ui.scenario.internal;

import java.util.List;

import org.pagelab.engine.edit.ScenarioReader;
import org.pagelab.engine.lang.Diagnostic;
import org.pagelab.engine.lang.ScenarioException;
import org.pagelab.model.scenario.Scenario;

/**
 * Checks scenario text the way {@code ./pagelab check} does before
 * exploring, and reads it into the editable model when it is usable: the
 * engine's parser (syntax, with file:line:column and what was expected),
 * then its compiler (unknown functions, fields and variants, types,
 * unbounded loops, the setup block), which is slower and runs in the
 * background (see {@link #semantic}).
 */
public final class ScenarioCheck {
    /** The model when the text parsed, and the problems found (empty when none). */
    public record Result(Scenario model, List<Diagnostic> problems) {
        public boolean ok() {
            return model != null && problems.stream().noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
        }
    }

    private ScenarioCheck() {
    }

    /**
     * The compiler's problems with a text that parses (empty when none):
     * what {@code check} would refuse before exploring. Problems located in
     * a library module are reported at line 1 with the module's location in
     * the message.
     */
    public static List<Diagnostic> semantic(String file, String text, java.nio.file.Path baseDir) {
        try {
            // as ./pagelab check compiles it (imports next to the file)
            java.nio.file.Path named = baseDir == null ? java.nio.file.Path.of(file) : baseDir.resolve(file);
            org.pagelab.engine.sem.Program p = org.pagelab.engine.check.ScCheckModel.compile(named, text,
                    new org.pagelab.engine.check.CheckOptions());
            java.util.List<Diagnostic> out = new java.util.ArrayList<>();
            for (String w : p.warnings()) {
                out.add(located(file, w, Diagnostic.Severity.WARNING));
            }
            return out;
        } catch (ScenarioException e) {
            java.nio.file.Path named = baseDir == null ? java.nio.file.Path.of(file) : baseDir.resolve(file);
            return e.diagnostics().stream().map(d -> d.file().equals(file) || d.file().equals(named.toString())
                    ? new Diagnostic(file, d.line(), d.column(), d.severity(), d.message())
                    : new Diagnostic(file, 1, 1, d.severity(), d.format())).toList();
        } catch (RuntimeException | StackOverflowError e) {
            Activator.warn("compiling " + file + " failed", e);
            return List.of(new Diagnostic(file, 1, 1, Diagnostic.Severity.ERROR,
                    "internal error while compiling the scenario (" + e + "); see the error log"));
        }
    }

    /** A message "file:line:col: text" as a diagnostic of {@code file} (line 1 when it names no place here). */
    static Diagnostic located(String file, String msg, Diagnostic.Severity sev) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.*?):(\\d+):(\\d+):\\s*(?:warning:\\s*)?(.*)$",
                java.util.regex.Pattern.DOTALL).matcher(msg);
        if (m.matches() && (m.group(1).equals(file) || m.group(1).endsWith("/" + file))) {
            return new Diagnostic(file, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), sev, m.group(4));
        }
        return new Diagnostic(file, 1, 1, sev, msg);
    }

    public static Result check(String file, String text) {
        try {
            Scenario s = ScenarioReader.read(file, text);
            return new Result(s, List.of());
        } catch (ScenarioException e) {
            return new Result(null, e.diagnostics());
        } catch (RuntimeException e) {
            // A bug in the reader must not break the editor: report it where the user looks.
            Activator.warn("checking " + file + " failed", e);
            return new Result(null, List.of(new Diagnostic(file, 1, 1, Diagnostic.Severity.ERROR,
                    "internal error while reading the scenario (" + e + "); see the error log")));
        }
    }
}
