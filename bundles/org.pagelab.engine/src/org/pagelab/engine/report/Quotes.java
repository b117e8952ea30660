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
 * <p>
 * What RELEVANT keeps:
 * <ul>
 * <li>the answered message's own words ({@code >}) that mention a term;</li>
 * <li>one level of what it quoted ({@code >>}) for terms its own words do not
 * use (and patch lines for any term);</li>
 * <li>deeper levels ({@code >>>} and more) only where the findings cite that
 * text exactly (a line of code, a sentence), with the lines introducing
 * each level ("X wrote:");</li>
 * <li>of a diff hunk, the {@code diff --git} line, the {@code @@} line and the
 * lines the findings refer to (a term in code, not in a comment, or a cited
 * line) with {@value #CONTEXT} lines of context, {@code [...]} where lines
 * were cut (a hunk whose only match is its {@code @@} line keeps its
 * changed lines).</li>
 * </ul>
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

    /** Lines of context kept around a diff line the findings refer to. */
    public static final int CONTEXT = 2;
    /** The deepest level quoted for terms alone: the message's own words and what it quoted. */
    public static final int TERM_DEPTH = 2;
    /** The shortest text (white space collapsed) that counts as cited. */
    static final int MIN_CITATION = 12;

    private enum Kind {
        PROSE, PRE, DIFF, QUOTED
    }

    /** A block of the body and what is kept of it. */
    private static final class Block {
        final Kind kind;
        final List<String> lines;
        final int firstLine;
        boolean keep;
        /** DIFF: the lines kept. */
        boolean[] keepLines;
        /** QUOTED: its text as blocks one level deeper. */
        List<Block> inner;

        Block(Kind kind, List<String> lines, int firstLine) {
            this.kind = kind;
            this.lines = lines;
            this.firstLine = firstLine;
        }

        String text() {
            return String.join("\n", lines);
        }
    }

    private static final Pattern DIFF_START = Pattern.compile("^(diff --git |@@ |--- a/|\\+\\+\\+ b/|index [0-9a-f]+\\.\\.)");
    private static final Pattern HUNK = Pattern.compile("^@@ -\\d+(?:,(\\d+))? \\+\\d+(?:,(\\d+))? @@");
    private static final Pattern COLUMNS = Pattern.compile("\\S {3,}\\S");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!;:])\\s+");

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

    /** {@link #quote(MailMessage, Mode, Collection, Collection, List)} without citations. */
    public static Quoted quote(MailMessage m, Mode mode, Collection<String> terms, List<int[]> lineRanges) {
        return quote(m, mode, terms, List.of(), lineRanges);
    }

    /**
     * Quotes the body of {@code m}.
     *
     * @param terms      identifiers the reply is about (function names, fields, tags); RELEVANT keeps
     *                   the blocks mentioning one of them (whole-word, case-sensitive)
     * @param citations  texts of the findings: a line or sentence of the message found in one of them
     *                   (white space aside) is cited, and kept at any depth
     * @param lineRanges when not empty, quote exactly these 1-based body line ranges {first, last}
     *                   instead (mode is ignored)
     */
    public static Quoted quote(MailMessage m, Mode mode, Collection<String> terms, Collection<String> citations,
            List<int[]> lineRanges) {
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
        for (String t : citations) {
            if (t != null && !t.isBlank()) {
                c.citations.add(normal(t));
            }
        }
        // terms the author's own text mentions: prose quoted inside the
        // message is kept only for terms found nowhere else
        for (Block b : blocks) {
            if (b.kind != Kind.QUOTED) {
                c.own.addAll(matches(c, b.text()));
            }
        }
        select(blocks, 1, c, true);
        emit(blocks, 1, c);
        return new Quoted(c.out, c.wide, List.copyOf(c.matched), c.kept, c.omitted);
    }

    private static final class Ctx {
        Mode mode;
        final List<Pattern> patterns = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        final List<String> citations = new ArrayList<>();
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

    /** White space collapsed to one blank. */
    private static String normal(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Whether a finding contains this text (white space aside); short texts do not count. */
    private static boolean cited(Ctx c, String text) {
        String n = normal(text);
        if (n.length() < MIN_CITATION) {
            return false;
        }
        for (String t : c.citations) {
            if (t.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a block of prose or preformatted text has a sentence or line a finding cites. */
    private static boolean citedIn(Ctx c, Block b) {
        if (c.citations.isEmpty()) {
            return false;
        }
        if (b.kind == Kind.PROSE) {
            for (String s : SENTENCE_END.split(normal(String.join(" ", b.lines)))) {
                if (cited(c, s)) {
                    return true;
                }
            }
            return false;
        }
        for (String l : b.lines) {
            if (cited(c, l)) {
                return true;
            }
        }
        return false;
    }

    /** Decides what is kept of blocks quoted at {@code depth} (1: the message's own words). */
    private static void select(List<Block> blocks, int depth, Ctx c, boolean top) {
        boolean all = c.mode == Mode.ALL;
        for (Block b : blocks) {
            switch (b.kind) {
                case QUOTED -> {
                    b.inner = blocks(unquote(b.lines), b.firstLine);
                    select(b.inner, depth + 1, c, false);
                    b.keep = b.inner.stream().anyMatch(x -> x.keep);
                }
                case DIFF -> {
                    b.keepLines = all ? null : diffLines(b, depth, c);
                    b.keep = all || b.keepLines != null;
                }
                default -> {
                    boolean byTerm = false;
                    if (depth <= TERM_DEPTH) {
                        Set<String> found = matches(c, b.text());
                        if (depth > 1) {
                            found.removeAll(c.own);
                        }
                        byTerm = !found.isEmpty();
                    }
                    b.keep = all || byTerm || citedIn(c, b);
                }
            }
        }
        // the short line(s) introducing a kept diagram, diff or quote ("X wrote:")
        for (int i = 1; i < blocks.size(); i++) {
            Block prev = blocks.get(i - 1);
            if (blocks.get(i).keep && blocks.get(i).kind != Kind.PROSE && prev.kind == Kind.PROSE
                    && prev.lines.size() <= 3) {
                prev.keep = true;
            }
        }
        if (top && blocks.stream().noneMatch(b -> b.keep)) {
            // nothing the reply is about: the opening paragraph
            for (Block b : blocks) {
                if (b.kind == Kind.PROSE) {
                    b.keep = true;
                    break;
                }
            }
        }
    }

    /** A diff line's code without its +/-/blank column. */
    private static String code(String diffLine) {
        return diffLine.isEmpty() ? "" : diffLine.substring(1);
    }

    private static boolean comment(String code) {
        String s = code.strip();
        return s.startsWith("/*") || s.startsWith("*") || s.startsWith("//");
    }

    /**
     * The lines of a diff block to keep, or null for none: the hunk lines a
     * term (in code) or a citation points at, {@link #CONTEXT} lines around
     * them, the {@code @@} line and the line naming the file.
     */
    private static boolean[] diffLines(Block b, int depth, Ctx c) {
        List<String> ls = b.lines;
        int header = -1;
        for (int i = 0; i < ls.size(); i++) {
            if (ls.get(i).startsWith("@@ ")) {
                header = i;
                break;
            }
        }
        boolean byTerm = depth <= TERM_DEPTH;
        boolean[] hit = new boolean[ls.size()];
        boolean any = false;
        for (int i = header + 1; i < ls.size(); i++) {
            String code = code(ls.get(i));
            hit[i] = cited(c, code) || byTerm && !comment(code) && !matches(c, code).isEmpty();
            any |= hit[i];
        }
        if (header < 0) {
            // file header lines only
            return byTerm && !matches(c, b.text()).isEmpty() || citedIn(c, b) ? full(ls.size()) : null;
        }
        if (!any && byTerm && !matches(c, ls.get(header)).isEmpty()) {
            // a hunk of a function the findings are about: what it changes
            for (int i = header + 1; i < ls.size(); i++) {
                hit[i] = ls.get(i).startsWith("+") || ls.get(i).startsWith("-");
                any |= hit[i];
            }
        }
        if (!any) {
            return null;
        }
        boolean[] keep = new boolean[ls.size()];
        for (int i = header + 1; i < ls.size(); i++) {
            if (hit[i]) {
                for (int k = Math.max(header + 1, i - CONTEXT); k <= Math.min(ls.size() - 1, i + CONTEXT); k++) {
                    keep[k] = true;
                }
            }
        }
        // a cut of one line saves nothing: keep it
        for (int i = header + 1; i < ls.size(); i++) {
            boolean before = i == header + 1 || keep[i - 1];
            boolean after = i == ls.size() - 1 || keep[i + 1];
            if (!keep[i] && before && after) {
                keep[i] = true;
            }
        }
        keep[header] = true;
        int file = -1;
        for (int i = 0; i < header; i++) {
            if (ls.get(i).startsWith("diff --git ")) {
                file = i;
                break;
            }
            if (ls.get(i).startsWith("+++ ") && file < 0) {
                file = i;
            }
        }
        if (file >= 0) {
            keep[file] = true;
        }
        return keep;
    }

    private static boolean[] full(int n) {
        boolean[] k = new boolean[n];
        java.util.Arrays.fill(k, true);
        return k;
    }

    /** Quotes the kept blocks at a depth, "[...]" where blocks were left out between kept ones. */
    private static void emit(List<Block> blocks, int depth, Ctx c) {
        String marks = ">".repeat(depth);
        boolean gap = false;
        boolean first = true;
        for (Block b : blocks) {
            if (!b.keep) {
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
            gap = render(b, depth, c);
        }
    }

    private static void add(Ctx c, String line, boolean w) {
        c.out.add(line);
        c.wide.add(w);
    }

    /**
     * Body lines, without the signature ("-- " and after), trailing blank
     * lines and trailing white space. Tabs stay until a line is quoted: they
     * are expanded after the {@code > } marks, where a mail reader shows them.
     */
    static List<String> bodyLines(String body) {
        List<String> lines = new ArrayList<>();
        for (String l : body.split("\n", -1)) {
            if (l.equals("-- ")) {
                break;
            }
            lines.add(l.stripTrailing());
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** One level of quoting off each line. */
    private static List<String> unquote(List<String> lines) {
        List<String> inner = new ArrayList<>();
        for (String l : lines) {
            String s = l.substring(1);
            inner.add(s.startsWith(" ") ? s.substring(1) : s);
        }
        return inner;
    }

    /**
     * Splits lines into blocks at empty lines and where the quoting level
     * changes; diffs into hunks. An empty line inside a hunk (a blank
     * context line whose trailing blank was lost) stays in the hunk while
     * the hunk's line counts say it goes on. {@code firstLine} is the line
     * number of lines[0].
     */
    private static List<Block> blocks(List<String> lines, int firstLine) {
        List<Block> out = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        int start = firstLine;
        int oldLeft = 0;
        int newLeft = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            boolean inHunk = oldLeft > 0 || newLeft > 0;
            if (inHunk && !l.startsWith("@@ ") && (l.isEmpty() || "+- \\".indexOf(l.charAt(0)) >= 0)) {
                cur.add(l);
                char k = l.isEmpty() ? ' ' : l.charAt(0);
                oldLeft -= k == ' ' || k == '-' ? 1 : 0;
                newLeft -= k == ' ' || k == '+' ? 1 : 0;
                continue;
            }
            oldLeft = 0;
            newLeft = 0;
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
            var h = HUNK.matcher(l);
            if (h.find()) {
                oldLeft = h.group(1) == null ? 1 : Integer.parseInt(h.group(1));
                newLeft = h.group(2) == null ? 1 : Integer.parseInt(h.group(2));
            }
        }
        if (!cur.isEmpty()) {
            out.add(new Block(kind(cur), List.copyOf(cur), start));
        }
        return out;
    }

    private static Kind kind(List<String> raw) {
        List<String> lines = raw.stream().map(PlainText::expandTabs).toList();
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

    /** Quotes a kept block; true when its end was cut (a hunk's last lines). */
    private static boolean render(Block b, int depth, Ctx c) {
        String marks = ">".repeat(depth);
        switch (b.kind) {
            case PROSE -> {
                c.matched.addAll(matches(c, b.text()));
                for (String l : PlainText.wrap(String.join(" ", b.lines).replace('\t', ' '), PlainText.PROSE, marks + " ", marks + " ")) {
                    add(c, l, false);
                }
            }
            case PRE -> {
                c.matched.addAll(matches(c, b.text()));
                for (String l : b.lines) {
                    add(c, quoted(marks, l), true);
                }
            }
            case DIFF -> {
                boolean[] keep = b.keepLines;
                boolean cut = false;
                boolean body = false;
                for (int i = 0; i < b.lines.size(); i++) {
                    String l = b.lines.get(i);
                    if (keep != null && !keep[i]) {
                        cut |= body; // the file's header lines go without a mark
                        continue;
                    }
                    if (cut) {
                        add(c, marks + " [...]", false);
                        cut = false;
                    }
                    body |= l.startsWith("@@ ");
                    c.matched.addAll(matches(c, body && !l.startsWith("@@ ") && comment(code(l)) ? "" : l));
                    add(c, quoted(marks, l), true);
                }
                return cut;
            }
            case QUOTED -> emit(b.inner, depth + 1, c);
        }
        return false;
    }

    /**
     * A quoted line of code; over {@link PlainText#HARD} columns it is cut
     * after a word ("... struct page *page, [...]") when there is one in its
     * second half, else at the column.
     */
    private static String quoted(String marks, String line) {
        String l = PlainText.expandTabs(marks + " " + line).stripTrailing();
        if (PlainText.width(l) <= PlainText.HARD || !l.chars().allMatch(ch -> ch < 0x80)) {
            return PlainText.cut(l);
        }
        String mark = " [...]";
        int space = l.lastIndexOf(' ', PlainText.HARD - mark.length());
        return space > PlainText.HARD / 2 ? l.substring(0, space).stripTrailing() + mark : PlainText.cut(l);
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
