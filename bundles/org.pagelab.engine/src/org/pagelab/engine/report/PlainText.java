package org.pagelab.engine.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text as mailing lists want it: prose wrapped at 72 columns,
 * nothing over 80, no tabs, no trailing spaces. Columns are counted in
 * code points.
 */
public final class PlainText {
    /** Prose lines are at most this wide. */
    public static final int PROSE = 72;
    /** No line is wider than this, diagrams and code included. */
    public static final int HARD = 80;

    private PlainText() {
    }

    /** Width of a line in columns (code points; tabs are not expected here). */
    public static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Tabs expanded to the next multiple of 8, as a terminal shows them. */
    public static String expandTabs(String s) {
        if (s.indexOf('\t') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        int col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                int n = 8 - col % 8;
                b.append(" ".repeat(n));
                col += n;
            } else {
                b.append(c);
                if (!Character.isLowSurrogate(c)) {
                    col++;
                }
            }
        }
        return b.toString();
    }

    /** Trailing white space removed. */
    public static String stripTrailing(String s) {
        return s.stripTrailing();
    }

    /**
     * Wraps one paragraph of prose: words are joined with single spaces and
     * broken so that {@code firstPrefix + line} and {@code restPrefix + line}
     * fit in {@code width}. A word longer than the room (a long URL) is cut
     * into pieces that fit.
     */
    public static List<String> wrap(String paragraph, int width, String firstPrefix, String restPrefix) {
        List<String> out = new ArrayList<>();
        String prefix = firstPrefix;
        StringBuilder cur = new StringBuilder();
        for (String w : paragraph.strip().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (cur.length() > 0 && width(prefix) + width(cur.toString()) + 1 + width(w) > width) {
                out.add(prefix + cur);
                prefix = restPrefix;
                cur.setLength(0);
            }
            if (cur.length() > 0) {
                cur.append(' ').append(w);
                continue;
            }
            String word = w;
            while (width(word) > 1 && width(prefix) + width(word) > width) {
                int room = Math.max(1, width - width(prefix));
                int at = word.offsetByCodePoints(0, room);
                out.add(prefix + word.substring(0, at));
                word = word.substring(at);
                prefix = restPrefix;
            }
            cur.append(word);
        }
        if (cur.length() > 0 || out.isEmpty()) {
            out.add((prefix + cur).stripTrailing());
        }
        return out;
    }

    /** A line of wrapped text and whether it is preformatted (kept as written, may be up to 80 columns). */
    public record Line(String text, boolean pre) {
    }

    /**
     * Wraps free text that may hold several paragraphs (separated by blank
     * lines), list items ({@code - }, {@code * }, {@code 1. }) and
     * preformatted lines (starting with two spaces or a tab: code, small
     * diagrams), which are kept as they are (tabs expanded, trailing blanks
     * removed, cut at {@link #HARD}).
     */
    public static List<String> wrapText(String text, int width, String prefix) {
        return wrapLines(text, width, prefix).stream().map(Line::text).toList();
    }

    /** {@link #wrapText}, saying which lines are preformatted. */
    public static List<Line> wrapLines(String text, int width, String prefix) {
        List<Line> out = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        String paraFirst = prefix;
        String paraRest = prefix;
        for (String raw : text.replace("\r\n", "\n").split("\n", -1)) {
            String line = expandTabs(raw).stripTrailing();
            boolean pre = line.startsWith("  ");
            String item = listItemMarker(line);
            if (line.isBlank() || pre || item != null) {
                flush(out, para, width, paraFirst, paraRest);
                paraFirst = prefix;
                paraRest = prefix;
            }
            if (line.isBlank()) {
                if (!out.isEmpty() && !out.get(out.size() - 1).text().isEmpty()) {
                    out.add(new Line(prefix.stripTrailing(), false));
                }
                continue;
            }
            if (pre) {
                out.add(new Line(cut(prefix + line), true));
                continue;
            }
            if (item != null) {
                paraFirst = prefix;
                paraRest = prefix + " ".repeat(item.length());
            }
            if (para.length() > 0) {
                para.append(' ');
            }
            para.append(line.strip());
        }
        flush(out, para, width, paraFirst, paraRest);
        while (!out.isEmpty() && out.get(out.size() - 1).text().isBlank()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static void flush(List<Line> out, StringBuilder para, int width, String first, String rest) {
        if (para.length() > 0) {
            for (String l : wrap(para.toString(), width, first, rest)) {
                out.add(new Line(l, false));
            }
            para.setLength(0);
        }
    }

    /** The marker of a list item line ("- ", "* ", "12. "), or null. */
    public static String listItemMarker(String line) {
        if (line.startsWith("- ") || line.startsWith("* ")) {
            return line.substring(0, 2);
        }
        int i = 0;
        while (i < line.length() && i < 3 && Character.isDigit(line.charAt(i))) {
            i++;
        }
        if (i > 0 && i + 1 < line.length() && (line.charAt(i) == '.' || line.charAt(i) == ')')
                && line.charAt(i + 1) == ' ') {
            return line.substring(0, i + 2);
        }
        return null;
    }

    /** A line cut to {@link #HARD} columns with a "[...]" mark when it is longer. */
    public static String cut(String line) {
        if (width(line) <= HARD) {
            return line;
        }
        String mark = " [...]";
        int keep = line.offsetByCodePoints(0, HARD - mark.length());
        return line.substring(0, keep).stripTrailing() + mark;
    }

    /** One broken rule: 1-based line of the text and what is wrong. */
    public record Violation(int line, String rule) {
        @Override
        public String toString() {
            return "line " + line + ": " + rule;
        }
    }

    /**
     * Checks the rules: no tabs, no trailing white space, no line over
     * {@link #HARD}, and no line over {@link #PROSE} unless {@code wide}
     * says it may be (diagrams, quoted code, the attached scenario).
     */
    public static List<Violation> check(List<String> lines, java.util.function.IntPredicate wide) {
        List<Violation> v = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            int w = width(l);
            if (l.indexOf('\t') >= 0) {
                v.add(new Violation(i + 1, "has a tab"));
            }
            if (!l.equals(l.stripTrailing())) {
                v.add(new Violation(i + 1, "ends with white space"));
            }
            if (w > HARD) {
                v.add(new Violation(i + 1, w + " columns, more than " + HARD));
            } else if (w > PROSE && !wide.test(i)) {
                v.add(new Violation(i + 1, w + " columns of prose, more than " + PROSE));
            }
            if (l.indexOf('\r') >= 0) {
                v.add(new Violation(i + 1, "has a carriage return"));
            }
        }
        return v;
    }
}
