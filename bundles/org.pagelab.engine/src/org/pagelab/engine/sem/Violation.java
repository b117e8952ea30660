package org.pagelab.engine.sem;

import org.pagelab.engine.lang.Pos;

/**
 * Thrown inside a step when the thread breaks an assertion, a kernel
 * BUG_ON, or a built-in invariant the interpreter checks itself (NULL
 * dereference). Carries the violation name ("assert", "bug", "oops",
 * "use-after-free"...) and a message. No stack trace: it is control flow.
 */
public final class Violation extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public final String kind;
    public final transient Pos pos;

    public Violation(String kind, String message, Pos pos) {
        super(message, null, false, false);
        this.kind = kind;
        this.pos = pos;
    }
}
