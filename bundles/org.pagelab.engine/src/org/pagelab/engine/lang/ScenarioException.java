package org.pagelab.engine.lang;

import java.util.List;

/**
 * A scenario that cannot be used: syntax errors, unknown names, type errors,
 * unbounded loops. Carries at least one located {@link Diagnostic}; the
 * message is the first diagnostic in compiler form.
 */
public class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public ScenarioException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "invalid scenario" : diagnostics.get(0).format());
        this.diagnostics = List.copyOf(diagnostics);
    }

    public ScenarioException(Diagnostic d) {
        this(List.of(d));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The first diagnostic. */
    public Diagnostic first() {
        return diagnostics.get(0);
    }
}
