package org.pagelab.engine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.pagelab.engine.lang.Lexer;
import org.pagelab.engine.lang.ScenarioException;
import org.pagelab.engine.lang.Token;

/**
 * A scenario or litmus file made fit for a mail body: tabs expanded,
 * trailing blanks removed, and lines over 72 columns broken at a space
 * outside string literals (code continues on the next line, indented 4
 * more; a {@code //} comment continues as another {@code //} comment).
 * The result lexes to exactly the same tokens as the original, so it runs
 * the same; a line that cannot be broken so (a {@code #define}, the header
 * line, one long token) is left as it is, and a line over 80 columns is an
 * error naming it.
 */
public final class ScenarioReflow {
    private ScenarioReflow() {
    }

    /** A line of the attachment that does not fit. */
    public static final class TooWideException extends Exception {
        private static final long serialVersionUID = 1L;

        TooWideException(String message) {
            super(message);
        }
    }

    /** The text as mail lines (no final empty line). */
    public static List<String> reflow(String fileName, String text, boolean header) throws TooWideException {
        String norm = text.replace("\r\n", "\n");
        List<String> original = new ArrayList<>();
        for (String l : norm.split("\n", -1)) {
            original.add(PlainText.expandTabs(l).stripTrailing());
        }
        while (!original.isEmpty() && original.get(original.size() - 1).isEmpty()) {
            original.remove(original.size() - 1);
        }
        List<String> out = new ArrayList<>();
        String whole = String.join("\n", original);
        for (int i = 0; i < original.size(); i++) {
            String l = original.get(i);
            if (PlainText.width(l) <= PlainText.PROSE || (header && i == 0) || l.stripLeading().startsWith("#")
                    || l.contains("Result:") || l.contains("Model:")) {
                out.add(l);
                continue;
            }
            List<String> pieces = breakLine(l);
            List<String> candidate = new ArrayList<>(original);
            candidate.remove(i);
            candidate.addAll(i, pieces);
            // never change what the file means: the same tokens, line by line
            out.addAll(sameTokens(fileName, whole, String.join("\n", candidate), header) ? pieces : List.of(l));
        }
        for (int i = 0; i < out.size(); i++) {
            int w = PlainText.width(out.get(i));
            if (w > PlainText.HARD) {
                throw new TooWideException(fileName + ": a line of " + w + " columns that cannot be wrapped ("
                        + out.get(i).strip().substring(0, Math.min(40, out.get(i).strip().length()))
                        + "...); mail lines are at most " + PlainText.HARD + " columns: shorten it in the file");
            }
        }
        return out;
    }

    /** Breaks one line at spaces so that each piece fits in 72 columns where possible. */
    static List<String> breakLine(String line) {
        List<String> out = new ArrayList<>();
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        String rest = line;
        boolean inComment = false; // rest continues a // comment
        while (PlainText.width(rest) > PlainText.PROSE) {
            int cut = breakPoint(rest);
            if (cut <= indent.length()) {
                break;
            }
            String head = rest.substring(0, cut).stripTrailing();
            String tail = rest.substring(cut).strip();
            boolean comment = inComment || commentStart(rest) >= 0 && commentStart(rest) < cut;
            out.add(head);
            rest = comment ? indent + "// " + tail : indent + "    " + tail;
            inComment = comment;
        }
        out.add(rest);
        return out;
    }

    /** Index of "//" starting a comment outside strings, or -1. */
    private static int commentStart(String s) {
        boolean str = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (str) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    str = false;
                }
            } else if (c == '"') {
                str = true;
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                return i;
            }
        }
        return -1;
    }

    /** The last space at or before column 72 outside a string literal (and not just after "//"), or -1. */
    private static int breakPoint(String s) {
        int best = -1;
        boolean str = false;
        int limit = s.offsetByCodePoints(0, Math.min(PlainText.PROSE, PlainText.width(s)));
        for (int i = 0; i < s.length() && i <= limit; i++) {
            char c = s.charAt(i);
            if (str) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    str = false;
                }
                continue;
            }
            if (c == '"') {
                str = true;
            } else if (c == ' ' && i > 0 && s.charAt(i - 1) != ' ' && !s.substring(0, i).strip().isEmpty()
                    && !s.substring(0, i).stripTrailing().endsWith("//")) {
                best = i;
            }
        }
        return best;
    }

    private static boolean sameTokens(String fileName, String a, String b, boolean header) {
        if (a.equals(b)) {
            return true;
        }
        try {
            List<Token> ta = Lexer.lex(fileName, a, header).tokens();
            List<Token> tb = Lexer.lex(fileName, b, header).tokens();
            if (ta.size() != tb.size()) {
                return false;
            }
            for (int i = 0; i < ta.size(); i++) {
                if (ta.get(i).kind() != tb.get(i).kind() || !Objects.equals(ta.get(i).text(), tb.get(i).text())) {
                    return false;
                }
            }
            return true;
        } catch (ScenarioException e) {
            return false;
        }
    }
}
