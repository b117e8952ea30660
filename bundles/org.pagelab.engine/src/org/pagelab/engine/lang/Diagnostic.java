package org.pagelab.engine.lang;

/**
 * One located message about a scenario file, printed in the compiler style
 * {@code file:line:column: error: message}. Lines and columns are 1-based;
 * a column counts characters (a tab is one column).
 */
public record Diagnostic(String file, int line, int column, Severity severity, String message) {

    public enum Severity {
        ERROR, WARNING;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static Diagnostic error(String file, Pos pos, String message) {
        return new Diagnostic(file, pos.line(), pos.column(), Severity.ERROR, message);
    }

    /** The compiler-style one-line form. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + severity + ": " + message;
    }

    /** {@code file:line:column}, the location alone. */
    public String location() {
        return file + ":" + line + ":" + column;
    }

    @Override
    public String toString() {
        return format();
    }
}
