package org.pagelab.ui.scenario.internal;

import java.util.List;

import org.pagelab.engine.edit.ScenarioReader;
import org.pagelab.engine.lang.Diagnostic;
import org.pagelab.engine.lang.ScenarioException;
import org.pagelab.model.scenario.Scenario;

/**
 * Checks scenario text the way {@code ./pagelab check} does before
 * exploring, and reads it into the editable model when it is usable.
 * Today that is the engine's parser (syntax, with file:line:column and what
 * was expected); the semantic checker (unknown functions and fields, types,
 * unbounded loops) joins here when the engine exposes it.
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
