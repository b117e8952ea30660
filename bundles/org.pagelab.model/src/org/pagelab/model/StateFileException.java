package org.pagelab.model;

/**
 * A state file that cannot be read: the message names the file and, when
 * known, the line and column ({@code file:line:column: message}).
 */
public class StateFileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final int column;

    public StateFileException(String file, int line, int column, String message) {
        super(location(file, line, column) + ": " + message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    private static String location(String file, int line, int column) {
        if (line <= 0) {
            return file;
        }
        return file + ":" + line + (column > 0 ? ":" + column : "");
    }

    public String file() {
        return file;
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }
}
