package org.pagelab.engine.lang;

/** A lexical token. {@code text} is the source spelling (string literals: the unescaped value). */
public record Token(Kind kind, String text, Pos pos) {

    public enum Kind {
        IDENT, INT, STRING, PUNCT,
        /** The rest of the header line after the architecture word: the test name. */
        NAME,
        /** A {@code #define NAME} line; text is the name, the value tokens follow up to END_DEFINE. */
        DEFINE, END_DEFINE,
        EOF
    }

    public boolean is(String punctOrWord) {
        return (kind == Kind.PUNCT || kind == Kind.IDENT) && text.equals(punctOrWord);
    }

    public boolean isPunct(String p) {
        return kind == Kind.PUNCT && text.equals(p);
    }

    /** How to name this token in "expected X, found Y" messages. */
    public String describe() {
        return switch (kind) {
            case EOF -> "end of file";
            case STRING -> "string \"" + text + "\"";
            case INT -> "number '" + text + "'";
            case NAME -> "name '" + text + "'";
            case DEFINE -> "#define";
            case END_DEFINE -> "end of line";
            default -> "'" + text + "'";
        };
    }
}
