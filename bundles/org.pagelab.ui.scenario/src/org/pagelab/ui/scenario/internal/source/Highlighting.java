package org.pagelab.ui.scenario.internal.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.pagelab.engine.lang.Diagnostic;
import org.pagelab.engine.lang.Lexer;
import org.pagelab.engine.lang.ScenarioException;
import org.pagelab.engine.lang.Token;

/**
 * Cuts scenario text into coloured spans with the engine's own lexer, so
 * that colouring agrees with what the parser sees (litmus header line,
 * OCaml comments outside braces, {@code /\} in conditions). Text the lexer
 * rejects (an unterminated comment or string) is coloured up to the error;
 * an unterminated comment colours the rest as a comment.
 */
public final class Highlighting {
    /** What a span is. */
    public enum Kind {
        DEFAULT, COMMENT, KEYWORD, TYPE, STRING, NUMBER, FUNCTION, THREAD, HEADER
    }

    /** A coloured span of text. */
    public record Span(int offset, int length, Kind kind) {
    }

    static final Set<String> KEYWORDS = Set.of("if", "else", "while", "for", "do", "return", "break", "continue", "goto",
            "sizeof", "exists", "forall", "filter", "locations", "setup", "after", "import", "variant", "enum",
            "__variant", "__init", "daemon", "true", "false", "violation", "deadlock", "livelock", "NULL");
    static final Set<String> TYPES = Set.of("void", "char", "short", "int", "long", "unsigned", "signed", "bool",
            "_Bool", "intptr_t", "uintptr_t", "size_t", "ssize_t", "atomic_t", "atomic_long_t", "spinlock_t", "pte_t",
            "pmd_t", "pgoff_t", "swp_entry_t", "vm_fault_t", "gfp_t", "u8", "u16", "u32", "u64", "s8", "s16", "s32",
            "s64", "pgprot_t", "vm_flags_t", "fmode_t", "loff_t", "const", "volatile", "static", "inline", "register",
            "rwlock_t", "seqcount_t", "struct");
    private static final Pattern THREAD = Pattern.compile("P\\d+");

    private Highlighting() {
    }

    /** The spans of a text, in order, not overlapping; gaps are default text. */
    public static List<Span> spans(String text) {
        Lexer.Result lexed;
        int limit = text.length();
        Kind rest = null;
        try {
            lexed = Lexer.lex("source", text);
        } catch (ScenarioException e) {
            Diagnostic d = e.first();
            limit = offsetOf(text, d.line(), d.column());
            rest = d.message().startsWith("unterminated comment") ? Kind.COMMENT
                    : d.message().startsWith("unterminated string") ? Kind.STRING : null;
            try {
                lexed = Lexer.lex("source", text.substring(0, limit));
            } catch (ScenarioException e2) {
                return List.of();
            }
        }
        List<Span> out = new ArrayList<>();
        List<Lexer.Comment> comments = lexed.comments();
        List<Token> toks = lexed.tokens();
        int ci = 0;
        boolean threadHead = false;
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            int at = t.pos().offset();
            while (ci < comments.size() && comments.get(ci).pos().offset() < at) {
                Lexer.Comment c = comments.get(ci++);
                int s = c.pos().offset();
                int len = text.startsWith("//", s) ? 2 + c.text().length() : 4 + c.text().length();
                out.add(new Span(s, Math.min(len, limit - s), Kind.COMMENT));
            }
            Kind k;
            int len = t.text().length();
            switch (t.kind()) {
                case EOF, END_DEFINE -> {
                    continue;
                }
                case NAME -> k = Kind.HEADER;
                case STRING -> {
                    k = Kind.STRING;
                    len = stringLength(text, at);
                }
                case INT -> k = Kind.NUMBER;
                case DEFINE -> {
                    int hash = text.lastIndexOf('#', at);
                    if (hash >= 0) {
                        out.add(new Span(hash, at - hash, Kind.KEYWORD));
                    }
                    k = Kind.DEFAULT;
                }
                case IDENT -> {
                    String w = t.text();
                    if (i == 0) {
                        k = Kind.HEADER;
                    } else if (KEYWORDS.contains(w)) {
                        k = Kind.KEYWORD;
                        threadHead = w.equals("daemon");
                    } else if (TYPES.contains(w)) {
                        k = Kind.TYPE;
                    } else if (THREAD.matcher(w).matches() && (i + 1 < toks.size())
                            && (toks.get(i + 1).isPunct("(") || toks.get(i + 1).isPunct(":"))
                            && (i == 0 || !toks.get(i - 1).isPunct("->") && !toks.get(i - 1).isPunct("."))) {
                        k = Kind.THREAD;
                        threadHead = true;
                    } else if (threadHead && i > 0 && toks.get(i - 1).isPunct(":")) {
                        k = Kind.THREAD;
                    } else if (i + 1 < toks.size() && toks.get(i + 1).isPunct("(")) {
                        k = Kind.FUNCTION;
                    } else {
                        k = Kind.DEFAULT;
                    }
                    if (k != Kind.THREAD && !w.equals("daemon")) {
                        threadHead = false;
                    }
                }
                default -> {
                    k = Kind.DEFAULT;
                    if (!t.isPunct(":")) {
                        threadHead = false;
                    }
                }
            }
            if (k != Kind.DEFAULT && at < limit) {
                out.add(new Span(at, Math.min(len, limit - at), k));
            }
        }
        while (ci < comments.size()) {
            Lexer.Comment c = comments.get(ci++);
            int s = c.pos().offset();
            int len = text.startsWith("//", s) ? 2 + c.text().length() : 4 + c.text().length();
            out.add(new Span(s, Math.min(len, limit - s), Kind.COMMENT));
        }
        out.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        if (rest != null && limit < text.length()) {
            int end = rest == Kind.STRING ? lineEnd(text, limit) : text.length();
            out.add(new Span(limit, end - limit, rest));
        }
        return out;
    }

    private static int stringLength(String text, int at) {
        int i = at + 1;
        while (i < text.length() && text.charAt(i) != '"' && text.charAt(i) != '\n') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(text.length(), i + 1) - at;
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    /** Offset of a 1-based line and column. */
    static int offsetOf(String text, int line, int column) {
        int off = 0;
        for (int l = 1; l < line; l++) {
            int nl = text.indexOf('\n', off);
            if (nl < 0) {
                return text.length();
            }
            off = nl + 1;
        }
        return Math.min(text.length(), off + column - 1);
    }
}
