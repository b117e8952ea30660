package org.pagelab.engine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.pagelab.engine.lang.Lexer;
import org.pagelab.engine.lang.ScenarioException;
import org.pagelab.engine.lang.Token;

/**
 * A scenario or litmus file made fit for a mail body: tabs expanded,
 * trailing blanks removed, and lines over 72 columns fitted: a comment at
 * the end of a code line loses its alignment blanks or moves above the
 * code; other lines are broken at a space outside string literals (code
 * continues on the next line, indented 4 more; a {@code //} comment
 * continues as another {@code //} comment; the rest of a {@code " * "}
 * comment line joins the next line of its paragraph when that fits).
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
        String whole = String.join("\n", original);
        byte[] kinds = kinds(fileName, whole, header);
        List<String> out = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < original.size(); i++) {
            String l = original.get(i);
            int lineStart = offset;
            offset += l.length() + 1;
            if (PlainText.width(l) <= PlainText.PROSE || (header && i == 0) || l.stripLeading().startsWith("#")
                    || l.contains("Result:") || l.contains("Model:")) {
                out.add(l);
                continue;
            }
            List<String> pieces = trailingComment(l, kinds, lineStart);
            int replaced = 1;
            if (pieces == null) {
                pieces = breakLine(l, kinds, lineStart);
                // the rest of a broken " * " comment line goes at the start of the next line of the paragraph
                String next = i + 1 < original.size() ? original.get(i + 1) : "";
                String last = pieces.get(pieces.size() - 1);
                String indent = l.substring(0, l.length() - l.stripLeading().length());
                if (pieces.size() > 1 && last.startsWith(indent + "* ") && next.startsWith(indent + "* ")
                        && !next.substring(indent.length() + 2).isBlank() && offset < kinds.length
                        && kinds[offset + indent.length()] == BLOCK
                        && PlainText.width(last + " " + next.substring(indent.length() + 2).strip()) <= PlainText.PROSE) {
                    pieces.set(pieces.size() - 1, last + " " + next.substring(indent.length() + 2).strip());
                    replaced = 2;
                }
            }
            List<String> candidate = new ArrayList<>(original);
            for (int r = 0; r < replaced; r++) {
                candidate.remove(i);
            }
            candidate.addAll(i, pieces);
            // never change what the file means: the same tokens, line by line
            if (sameTokens(fileName, whole, String.join("\n", candidate), header)) {
                out.addAll(pieces);
                for (int r = 1; r < replaced; r++) {
                    offset += original.get(++i).length() + 1;
                }
            } else {
                out.add(l);
            }
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

    private static final byte CODE = 0;
    private static final byte BLOCK = 1;
    private static final byte LINE = 2;

    /** For every character of the text: code, inside a block comment or inside a // comment (from the lexer). */
    static byte[] kinds(String fileName, String text, boolean header) {
        byte[] k = new byte[text.length() + 1];
        try {
            for (Lexer.Comment c : Lexer.lex(fileName, text, header).comments()) {
                int start = c.pos().offset();
                boolean line = start + 1 < text.length() && text.charAt(start) == '/' && text.charAt(start + 1) == '/';
                int end = Math.min(text.length(), start + c.text().length() + (line ? 2 : 4));
                for (int i = start; i < end; i++) {
                    k[i] = line ? LINE : BLOCK;
                }
            }
        } catch (ScenarioException e) {
            // unusable text: treat it all as code (breaks only at spaces outside string literals)
        }
        return k;
    }

    /**
     * A code line too wide because of the comment at its end, as a reviewer
     * would fit it: the comment's alignment blanks taken out if that is
     * enough, else the comment on its own line above the code. Null when the
     * line does not end in a block comment or neither fits.
     */
    static List<String> trailingComment(String line, byte[] kinds, int lineStart) {
        int at = line.lastIndexOf("/*");
        if (at <= 0 || !line.endsWith("*/") || line.indexOf("*/") != line.length() - 2
                || lineStart + at >= kinds.length || kinds[lineStart + at] != BLOCK) {
            return null;
        }
        String code = line.substring(0, at).stripTrailing();
        if (code.isBlank() || kinds[lineStart + code.length() - 1] != CODE) {
            return null;
        }
        String comment = line.substring(at);
        if (PlainText.width(code + " " + comment) <= PlainText.PROSE) {
            return new ArrayList<>(List.of(code + " " + comment));
        }
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        if (PlainText.width(indent + comment) <= PlainText.PROSE) {
            return new ArrayList<>(List.of(indent + comment, code));
        }
        return null;
    }

    /**
     * Breaks one line at spaces so that each piece fits in 72 columns where
     * possible: spaces in code outside string literals, or in comments; a
     * piece continuing a // comment starts with "// ", code continues 4
     * further in.
     */
    static List<String> breakLine(String line, byte[] kinds, int lineStart) {
        List<Integer> spaces = new ArrayList<>();
        boolean str = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            byte k = lineStart + i < kinds.length ? kinds[lineStart + i] : CODE;
            if (k != CODE) {
                if (c == ' ' && i > 0 && line.charAt(i - 1) != ' ' && !line.substring(0, i).isBlank()
                        && !line.substring(0, i).stripTrailing().endsWith("//")) {
                    spaces.add(i);
                }
                continue;
            }
            if (str) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    str = false;
                }
            } else if (c == '"') {
                str = true;
            } else if (c == ' ' && i > 0 && line.charAt(i - 1) != ' ' && !line.substring(0, i).isBlank()) {
                spaces.add(i);
            }
        }
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        List<String> out = new ArrayList<>();
        int from = 0;
        String prefix = "";
        while (PlainText.width(prefix) + PlainText.width(line.substring(from)) > PlainText.PROSE) {
            int best = -1;
            for (int sp : spaces) {
                if (sp > from && PlainText.width(prefix) + PlainText.width(line.substring(from, sp)) <= PlainText.PROSE) {
                    best = sp;
                }
            }
            if (best < 0) {
                break;
            }
            out.add(prefix + line.substring(from, best).stripTrailing());
            byte k = lineStart + best < kinds.length ? kinds[lineStart + best] : CODE;
            boolean starred = k == BLOCK && line.stripLeading().startsWith("* ");
            prefix = k == LINE ? indent + "// " : starred ? indent + "* " : k == BLOCK ? indent + "   " : indent + "    ";
            from = best + 1;
            while (from < line.length() && line.charAt(from) == ' ') {
                from++;
            }
        }
        out.add(prefix + line.substring(from));
        return out;
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
