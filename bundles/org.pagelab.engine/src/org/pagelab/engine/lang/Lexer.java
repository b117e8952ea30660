package org.pagelab.engine.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits scenario or litmus text into tokens. Besides C tokens it knows the
 * litmus conventions: the header line {@code C name} (the rest of the first
 * line is one {@link Token.Kind#NAME} token), OCaml comments {@code (* *)}
 * (nesting; only outside braces, because {@code READ_ONCE(*x)} contains
 * "(*"), the condition connectives {@code /\} and {@code \/}, and
 * {@code #define NAME value} lines.
 */
public final class Lexer {
    /** A comment with its text (without delimiters) and position. */
    public record Comment(String text, Pos pos, boolean ocaml) {
    }

    private static final String[] PUNCTS = {
        "<<=", ">>=", "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "/\\", "\\/",
        "(", ")", "{", "}", "[", "]", ";", ",", ".", "+", "-", "*", "/", "%", "&", "|", "^",
        "~", "!", "<", ">", "=", "?", ":",
    };

    private final String file;
    private final String src;
    private int i;
    private int line = 1;
    private int col = 1;
    private int braceDepth;
    private boolean sawFirst;
    private boolean inDefine;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();

    private Lexer(String file, String src) {
        this.file = file;
        this.src = src;
    }

    /** Result of lexing: tokens (ending with EOF) and all comments. */
    public record Result(List<Token> tokens, List<Comment> comments) {
    }

    public static Result lex(String file, String text) throws ScenarioException {
        return lex(file, text, true);
    }

    /**
     * @param header whether the text starts with a litmus header line
     *               ({@code C name}); library modules have none
     */
    public static Result lex(String file, String text, boolean header) throws ScenarioException {
        Lexer lx = new Lexer(file, text);
        lx.sawFirst = !header;
        lx.run();
        return new Result(lx.tokens, lx.comments);
    }

    private Pos pos() {
        return new Pos(i, line, col);
    }

    private char peek(int k) {
        int j = i + k;
        return j < src.length() ? src.charAt(j) : '\0';
    }

    private void advance() {
        char c = src.charAt(i++);
        if (c == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
    }

    private ScenarioException error(Pos p, String msg) {
        return new ScenarioException(Diagnostic.error(file, p, msg));
    }

    private void run() throws ScenarioException {
        if (src.startsWith("\uFEFF")) {
            i = 1;
        }
        while (true) {
            skipSpaceAndComments();
            if (i >= src.length()) {
                if (inDefine) {
                    tokens.add(new Token(Token.Kind.END_DEFINE, "", pos()));
                    inDefine = false;
                }
                tokens.add(new Token(Token.Kind.EOF, "", pos()));
                return;
            }
            char c = src.charAt(i);
            Pos p = pos();
            if (c == '\n') {
                if (inDefine) {
                    tokens.add(new Token(Token.Kind.END_DEFINE, "", p));
                    inDefine = false;
                }
                advance();
                continue;
            }
            if (c == '#') {
                lexDirective(p);
                continue;
            }
            if (Character.isLetter(c) || c == '_') {
                int s = i;
                while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) {
                    advance();
                }
                tokens.add(new Token(Token.Kind.IDENT, src.substring(s, i), p));
                if (!sawFirst) {
                    sawFirst = true;
                    lexHeaderName();
                }
                continue;
            }
            sawFirst = true;
            if (Character.isDigit(c)) {
                lexNumber(p);
                continue;
            }
            if (c == '"') {
                lexString(p);
                continue;
            }
            String punct = null;
            for (String s : PUNCTS) {
                if (src.startsWith(s, i)) {
                    punct = s;
                    break;
                }
            }
            if (punct == null) {
                throw error(p, "unexpected character '" + printable(c) + "'");
            }
            for (int k = 0; k < punct.length(); k++) {
                advance();
            }
            if (punct.equals("{")) {
                braceDepth++;
            } else if (punct.equals("}") && braceDepth > 0) {
                braceDepth--;
            }
            tokens.add(new Token(Token.Kind.PUNCT, punct, p));
        }
    }

    private static String printable(char c) {
        return c < ' ' || c > '~' ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    /** After the first word (the architecture, "C"): the rest of the line is the test name. */
    private void lexHeaderName() {
        while (i < src.length() && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) {
            advance();
        }
        Pos p = pos();
        int s = i;
        while (i < src.length() && src.charAt(i) != '\n' && src.charAt(i) != '\r') {
            if (src.startsWith("(*", i) || src.startsWith("/*", i) || src.startsWith("//", i)) {
                break;
            }
            advance();
        }
        String name = src.substring(s, i).strip();
        tokens.add(new Token(Token.Kind.NAME, name, p));
    }

    private void lexDirective(Pos p) throws ScenarioException {
        advance(); // '#'
        int s = i;
        while (i < src.length() && Character.isLetter(src.charAt(i))) {
            advance();
        }
        String word = src.substring(s, i);
        if (!word.equals("define")) {
            throw error(p, "unknown directive '#" + word + "' (only #define NAME VALUE is supported; use 'import' for the library)");
        }
        while (i < src.length() && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) {
            advance();
        }
        Pos np = pos();
        s = i;
        while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) {
            advance();
        }
        if (s == i) {
            throw error(np, "expected a name after #define");
        }
        if (peek(0) == '(') {
            throw error(pos(), "macros with parameters are not supported; write a function");
        }
        tokens.add(new Token(Token.Kind.DEFINE, src.substring(s, i), np));
        inDefine = true;
    }

    private void lexNumber(Pos p) throws ScenarioException {
        int s = i;
        if (peek(0) == '0' && (peek(1) == 'x' || peek(1) == 'X')) {
            advance();
            advance();
            while (i < src.length() && Character.digit(src.charAt(i), 16) >= 0) {
                advance();
            }
        } else {
            while (i < src.length() && Character.isDigit(src.charAt(i))) {
                advance();
            }
        }
        int end = i;
        while (i < src.length() && "uUlL".indexOf(src.charAt(i)) >= 0) {
            advance();
        }
        if (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) {
            throw error(p, "malformed number '" + src.substring(s, i + 1) + "'");
        }
        String text = src.substring(s, end);
        try {
            parseNumber(text);
        } catch (NumberFormatException e) {
            throw error(p, "number '" + text + "' is out of range");
        }
        tokens.add(new Token(Token.Kind.INT, text, p));
    }

    /** The value of an INT token's text. */
    public static long parseNumber(String text) {
        if (text.startsWith("0x") || text.startsWith("0X")) {
            return Long.parseUnsignedLong(text.substring(2), 16);
        }
        if (text.length() > 1 && text.startsWith("0")) {
            return Long.parseLong(text.substring(1), 8);
        }
        return Long.parseLong(text);
    }

    private void lexString(Pos p) throws ScenarioException {
        advance();
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (i >= src.length() || src.charAt(i) == '\n') {
                throw error(p, "unterminated string");
            }
            char c = src.charAt(i);
            advance();
            if (c == '"') {
                break;
            }
            if (c == '\\' && i < src.length()) {
                char e = src.charAt(i);
                advance();
                sb.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> e;
                });
            } else {
                sb.append(c);
            }
        }
        tokens.add(new Token(Token.Kind.STRING, sb.toString(), p));
    }

    private void skipSpaceAndComments() throws ScenarioException {
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                advance();
            } else if (c == '\\' && (peek(1) == '\n' || (peek(1) == '\r' && peek(2) == '\n'))) {
                advance(); // line continuation
                if (peek(0) == '\r') {
                    advance();
                }
                advance();
            } else if (c == '/' && peek(1) == '/') {
                Pos p = pos();
                int s = i + 2;
                while (i < src.length() && src.charAt(i) != '\n') {
                    advance();
                }
                comments.add(new Comment(src.substring(s, i), p, false));
            } else if (c == '/' && peek(1) == '*') {
                Pos p = pos();
                int s = i + 2;
                advance();
                advance();
                while (true) {
                    if (i >= src.length()) {
                        throw error(p, "unterminated comment (missing */)");
                    }
                    if (src.charAt(i) == '*' && peek(1) == '/') {
                        comments.add(new Comment(src.substring(s, i), p, false));
                        advance();
                        advance();
                        break;
                    }
                    advance();
                }
            } else if (c == '(' && peek(1) == '*' && braceDepth == 0 && !inDefine) {
                Pos p = pos();
                int s = i + 2;
                int depth = 0;
                while (true) {
                    if (i >= src.length()) {
                        throw error(p, "unterminated comment (missing *))");
                    }
                    if (src.charAt(i) == '(' && peek(1) == '*') {
                        depth++;
                        advance();
                        advance();
                    } else if (src.charAt(i) == '*' && peek(1) == ')') {
                        depth--;
                        advance();
                        advance();
                        if (depth == 0) {
                            comments.add(new Comment(src.substring(s, i - 2), p, true));
                            break;
                        }
                    } else {
                        advance();
                    }
                }
            } else {
                return;
            }
        }
    }
}
