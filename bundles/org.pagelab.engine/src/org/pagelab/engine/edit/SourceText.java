package org.pagelab.engine.edit;

import java.util.Arrays;
import java.util.List;

import org.pagelab.engine.lang.Lexer;
import org.pagelab.engine.lang.Token;

/**
 * A lexed source text with what the reader needs to cut it into pieces
 * without losing a character: token start offsets, comment ranges, and the
 * end of the real text before any offset (skipping white space and
 * comments backwards).
 */
final class SourceText {
    final String text;
    final List<Token> tokens;
    private final int[] starts;
    /** Comment ranges [commentStart[i], commentEnd[i]) in increasing order. */
    private final int[] commentStart;
    private final int[] commentEnd;

    SourceText(String text, Lexer.Result lexed) {
        this.text = text;
        this.tokens = lexed.tokens();
        this.starts = new int[tokens.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = tokens.get(i).pos().offset();
        }
        List<Lexer.Comment> comments = lexed.comments();
        commentStart = new int[comments.size()];
        commentEnd = new int[comments.size()];
        for (int i = 0; i < comments.size(); i++) {
            Lexer.Comment c = comments.get(i);
            int s = c.pos().offset();
            commentStart[i] = s;
            // "//" comments run to the end of the line; /* */ and (* *) have 2+2 delimiters.
            commentEnd[i] = text.startsWith("//", s) ? s + 2 + c.text().length() : s + 2 + c.text().length() + 2;
        }
    }

    Token tok(int i) {
        return tokens.get(Math.min(i, tokens.size() - 1));
    }

    int start(int i) {
        return starts[Math.min(i, starts.length - 1)];
    }

    /** The index of the token starting at {@code offset}, or -1. */
    int indexAt(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        if (i < 0) {
            return -1;
        }
        // EOF and END_DEFINE tokens may share offsets with others: take the first.
        while (i > 0 && starts[i - 1] == offset) {
            i--;
        }
        return i;
    }

    /** The end of token {@code i}: the start of the next token, less the white space and comments before it. */
    int end(int i) {
        return trimEnd(start(i + 1));
    }

    /** The smallest offset e <= offset such that text[e, offset) is only white space and comments. */
    int trimEnd(int offset) {
        int e = offset;
        while (e > 0) {
            char c = text.charAt(e - 1);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\uFEFF') {
                if (c == '\n' && e >= 2 && text.charAt(e - 2) == '\\') {
                    e -= 2; // line continuation
                } else {
                    e--;
                }
                continue;
            }
            int ci = commentEnding(e);
            if (ci < 0) {
                return e;
            }
            e = commentStart[ci];
        }
        return e;
    }

    /** The comment whose range ends exactly at {@code offset} (or contains offset - 1), or -1. */
    private int commentEnding(int offset) {
        int lo = 0;
        int hi = commentStart.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (commentEnd[mid] < offset) {
                lo = mid + 1;
            } else if (commentStart[mid] >= offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The index of the token closing the bracket opened by token {@code open}. */
    int match(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.EOF) {
                return i - 1;
            }
            if (t.kind() != Token.Kind.PUNCT) {
                continue;
            }
            switch (t.text()) {
                case "(", "[", "{" -> depth++;
                case ")", "]", "}" -> {
                    depth--;
                    if (depth == 0) {
                        return i;
                    }
                }
                default -> {
                }
            }
        }
        return tokens.size() - 2;
    }

    /** The index of the first token from {@code from} that is {@code punct} at bracket depth 0. */
    int findAtDepth0(int from, String punct) {
        int depth = 0;
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.EOF) {
                return i - 1;
            }
            if (depth == 0 && t.isPunct(punct)) {
                return i;
            }
            if (t.kind() == Token.Kind.PUNCT) {
                switch (t.text()) {
                    case "(", "[", "{" -> depth++;
                    case ")", "]", "}" -> depth--;
                    default -> {
                    }
                }
            }
        }
        return tokens.size() - 2;
    }

    /** 1-based line of an offset. */
    int lineOf(int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    String slice(int from, int to) {
        return text.substring(from, to);
    }
}
