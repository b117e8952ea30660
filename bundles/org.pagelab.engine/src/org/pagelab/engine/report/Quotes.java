package org.pagelab.engine.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.pagelab.engine.report.mail.MailAddresses;
import org.pagelab.engine.report.mail.MailDates;
import org.pagelab.engine.report.mail.MailMessage;

/**
 * Quoting the message being answered, as reviewers do on linux-mm: an
 * attribution line ("On DATE, NAME wrote:"), then the parts of the message
 * the reply is about with {@code > } before every line, the rest cut and
 * marked {@code > [...]}. Prose is re-wrapped to 72 columns; code, diffs and
 * CPU-column diagrams are quoted as they are (a line over 80 columns is cut
 * and marked [...]); quotes inside the message get one more {@code >}.
 */
public final class Quotes {
    /** What to quote. */
    public enum Mode {
        /** The blocks that mention one of the terms (function names...), with the line introducing them. */
        RELEVANT,
        /** The whole body but its signature. */
        ALL,
        /** Only the attribution line. */
        NONE
    }

    /** The quote: its lines and, per line, whether it may exceed 72 columns (quoted code and diagrams). */
    public record Quoted(List<String> lines, List<Boolean> wide, List<String> matched, int kept, int omitted) {
    }

    private enum Kind {
        PROSE, PRE, DIFF, QUOTED
    }

    private record Block(Kind kind, List<String> lines, int firstLine) {
        String text() {
            return String.join("\n", lines);
        }
    }

    private static final Pattern DIFF_START = Pattern.compile("^(diff --git |@@ |--- a/|\\+\\+\\+ b/|index [0-9a-f]+\\.\\.)");
    private static final Pattern COLUMNS = Pattern.compile("\\S {3,}\\S");

    private Quotes() {
    }

    /**
     * "On Thu, 13 Jan 2022 13:47:05 +0800, Huang, Ying wrote:" (the date as
     * the message's Date field gives it; "NAME wrote:" when it has none),
     * wrapped if longer than 72 columns.
     */
    public static List<String> attribution(MailMessage m) {
        MailAddresses.Address from = m.from();
        String who = from == null ? "someone" : from.display();
        String date = m.date().map(MailDates::format).orElse(m.header("Date") == null ? null
                : m.header("Date").replaceAll("\\s+", " ").strip());
        String line = date == null ? who + " wrote:" : "On " + date + ", " + who + " wrote:";
        return PlainText.wrap(line, PlainText.PROSE, "", "");
    }

    /**
     * Quotes the body of {@code m}.
     *
     * @param terms      identifiers the reply is about (function names, fields, tags); RELEVANT keeps
     *                   the blocks mentioning one of them (whole-word, case-sensitive)
     * @param lineRanges when not empty, quote exactly these 1-based body line ranges {first, last}
     *                   instead (mode is ignored)
     */
    public static Quoted quote(MailMessage m, Mode mode, Collection<String> terms, List<int[]> lineRanges) {
        List<String> body = bodyLines(m.body());
        Ctx c = new Ctx();
        c.mode = lineRanges != null && !lineRanges.isEmpty() ? Mode.ALL : mode;
        for (String l : attribution(m)) {
            add(c, l, false);
        }
        if (c.mode == Mode.NONE) {
            return new Quoted(c.out, c.wide, List.of(), 0, 0);
        }
        List<Block> blocks;
        if (lineRanges != null && !lineRanges.isEmpty()) {
            blocks = new ArrayList<>();
            for (int[] r : lineRanges) {
                int a = Math.max(1, r[0]);
                int b = Math.min(body.size(), r[1]);
                if (a <= b) {
                    blocks.addAll(blocks(body.subList(a - 1, b), a));
                }
            }
        } else {
            blocks = blocks(body, 1);
        }
        for (String t : new LinkedHashSet<>(terms)) {
            if (t != null && t.strip().length() >= 3) {
                c.patterns.add(Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(t.strip()) + "(?![A-Za-z0-9_])"));
                c.names.add(t.strip());
            }
        }
        // terms the author's own text mentions: quotes inside the message are
        // kept only for terms found nowhere else
        for (Block b : blocks) {
            if (b.kind() != Kind.QUOTED) {
                c.own.addAll(matches(c, b.text()));
            }
        }
        emit(blocks, 1, c, true);
        return new Quoted(c.out, c.wide, List.copyOf(c.matched), c.kept, c.omitted);
    }

    private static final class Ctx {
        Mode mode;
        final List<Pattern> patterns = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        final Set<String> own = new LinkedHashSet<>();
        final Set<String> matched = new LinkedHashSet<>();
        final List<String> out = new ArrayList<>();
        final List<Boolean> wide = new ArrayList<>();
        int kept;
        int omitted;
    }

    private static Set<String> matches(Ctx c, String text) {
        Set<String> found = new LinkedHashSet<>();
        for (int k = 0; k < c.patterns.size(); k++) {
            if (c.patterns.get(k).matcher(text).find()) {
                found.add(c.names.get(k));
            }
        }
        return found;
    }

    private static boolean[] select(List<Block> blocks, Ctx c, boolean top) {
        boolean[] keep = new boolean[blocks.size()];
        if (c.mode == Mode.ALL) {
            java.util.Arrays.fill(keep, true);
            return keep;
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Set<String> found = matches(c, b.text());
            if (b.kind() == Kind.QUOTED) {
                found.removeAll(c.own);
            }
            keep[i] = !found.isEmpty();
        }
        // the short line(s) introducing a kept diagram, diff or quote
        for (int i = 1; i < blocks.size(); i++) {
            Block prev = blocks.get(i - 1);
            if (keep[i] && blocks.get(i).kind() != Kind.PROSE && prev.kind() == Kind.PROSE
                    && prev.lines().size() <= 3) {
                keep[i - 1] = true;
            }
        }
        boolean any = false;
        for (boolean k : keep) {
            any |= k;
        }
        if (!any && top) {
            // nothing the reply is about: the opening paragraph
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i).kind() == Kind.PROSE) {
                    keep[i] = true;
                    break;
                }
            }
        }
        return keep;
    }

    /** Quotes the kept blocks at a depth, "[...]" where blocks were left out between kept ones. */
    private static void emit(List<Block> blocks, int depth, Ctx c, boolean top) {
        boolean[] keep = select(blocks, c, top);
        String marks = ">".repeat(depth);
        boolean gap = false;
        boolean first = true;
        for (int i = 0; i < blocks.size(); i++) {
            if (!keep[i]) {
                c.omitted++;
                gap = !first;
                continue;
            }
            if (!first) {
                add(c, marks, false);
                if (gap) {
                    add(c, marks + " [...]", false);
                    add(c, marks, false);
                }
            }
            gap = false;
            first = false;
            c.kept++;
            c.matched.addAll(matches(c, blocks.get(i).text()));
            render(blocks.get(i), depth, c);
        }
    }

    private static void add(Ctx c, String line, boolean w) {
        c.out.add(line);
        c.wide.add(w);
    }

    /** Body lines, without the signature ("-- " and after), trailing blank lines and tabs. */
    static List<String> bodyLines(String body) {
        List<String> lines = new ArrayList<>();
        for (String l : body.split("\n", -1)) {
            if (l.equals("-- ")) {
                break;
            }
            lines.add(PlainText.expandTabs(l).stripTrailing());
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** Splits lines into blocks at empty lines; diffs into hunks. {@code firstLine} is the line number of lines[0]. */
    private static List<Block> blocks(List<String> lines, int firstLine) {
        List<Block> out = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        int start = firstLine;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            boolean newHunk = l.startsWith("@@ ") && cur.stream().anyMatch(x -> x.startsWith("@@ "));
            boolean depthChange = !cur.isEmpty() && !l.isEmpty()
                    && cur.get(cur.size() - 1).startsWith(">") != l.startsWith(">");
            if ((l.isEmpty() || newHunk || depthChange) && !cur.isEmpty()) {
                out.add(new Block(kind(cur), List.copyOf(cur), start));
                cur.clear();
            }
            if (l.isEmpty()) {
                continue;
            }
            if (cur.isEmpty()) {
                start = firstLine + i;
            }
            cur.add(l);
        }
        if (!cur.isEmpty()) {
            out.add(new Block(kind(cur), List.copyOf(cur), start));
        }
        return out;
    }

    private static Kind kind(List<String> lines) {
        boolean quoted = true;
        for (String l : lines) {
            quoted &= l.startsWith(">");
        }
        if (quoted) {
            return Kind.QUOTED;
        }
        for (String l : lines) {
            if (DIFF_START.matcher(l).find()) {
                return Kind.DIFF;
            }
        }
        for (String l : lines) {
            if (l.startsWith(" ") || COLUMNS.matcher(l).find() || l.matches("[-=_*~ ]{3,}") && lines.size() > 2) {
                return Kind.PRE;
            }
        }
        return Kind.PROSE;
    }

    private static void render(Block b, int depth, Ctx c) {
        String marks = ">".repeat(depth);
        switch (b.kind()) {
            case PROSE -> {
                for (String l : PlainText.wrap(String.join(" ", b.lines()), PlainText.PROSE, marks + " ", marks + " ")) {
                    add(c, l, false);
                }
            }
            case PRE, DIFF -> {
                for (String l : b.lines()) {
                    add(c, PlainText.cut((marks + " " + l).stripTrailing()), true);
                }
            }
            case QUOTED -> {
                // one level off each line, then the inner text as blocks of its own
                List<String> inner = new ArrayList<>();
                for (String l : b.lines()) {
                    String s = l.substring(1);
                    inner.add(s.startsWith(" ") ? s.substring(1) : s);
                }
                emit(blocks(inner, b.firstLine()), depth + 1, c, false);
            }
        }
    }

    /**
     * Identifiers worth looking for in a message, taken from free text: words
     * with an underscore or followed by "()" (function and field names), and
     * CamelCase page-flag helpers (PageDirty).
     */
    public static Set<String> identifiers(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        var m = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\(\\))?").matcher(text);
        while (m.find()) {
            String w = m.group();
            boolean call = w.endsWith("()");
            String id = call ? w.substring(0, w.length() - 2) : w;
            if (call || id.indexOf('_') > 0 || id.matches("(Page|Set|Clear|Test)[A-Z][a-z]+[A-Za-z]*")) {
                out.add(id);
            }
        }
        return out;
    }
}
