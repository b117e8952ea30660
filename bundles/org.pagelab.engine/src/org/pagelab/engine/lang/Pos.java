package org.pagelab.engine.lang;

/** A position in a source text: character offset, 1-based line and column. */
public record Pos(int offset, int line, int column) {
    public static final Pos NONE = new Pos(0, 1, 1);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
