package org.pagelab.engine.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pagelab.engine.explore.Trace;

/**
 * A trace as the CPU-column diagram of linux-mm mail: one column per thread
 * (headed by its name), time going down, each step on its own line in its
 * thread's column: the functions entered (indented by call depth), then the
 * access with what it read or the state it changed ("P->_refcount 1 -> 2",
 * "pte-0x1000: present|write -> none").
 */
public final class InterleavingDiagram {
    private static final int MAX_WIDTH = 64;

    private InterleavingDiagram() {
    }

    /**
     * How to draw a diagram. The defaults draw every step with columns up to
     * 64 characters (the check command's output); {@link #mail()} is what a
     * mailing-list reply needs.
     */
    public static final class Layout {
        /** Total width limit (columns and gaps); 0 for none. Cells longer than their column wrap. */
        public int maxWidth;
        /** Leave out steps that changed nothing (reads, barriers) unless kept, noted or the violation. */
        public boolean changesOnly;
        /** Step indexes always shown. */
        public Set<Integer> keep = Set.of();
        /** Markers appended to a step's line, by step index ("[1]" for the first finding). */
        public Map<Integer, String> notes = Map.of();

        /** At most 80 columns, only the steps that change state (plus kept and noted ones). */
        public static Layout mail() {
            Layout l = new Layout();
            l.maxWidth = 80;
            l.changesOnly = true;
            return l;
        }
    }

    /** The diagram of every step, as the check command prints it. */
    public static String render(Trace t) {
        return render(t, new Layout());
    }

    /** The diagram of a trace drawn with a layout. */
    public static String render(Trace t, Layout layout) {
        int n = t.threads().size();
        boolean[] used = new boolean[n];
        for (Trace.Step s : t.steps()) {
            used[s.thread()] = true;
        }
        List<Integer> cols = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (used[i]) {
                cols.add(i);
            }
        }
        // rows: (column, text)
        List<int[]> rowCol = new ArrayList<>();
        List<String> rowText = new ArrayList<>();
        Map<Integer, List<String>> lastStack = new HashMap<>();
        for (int i = 0; i < t.steps().size(); i++) {
            Trace.Step s = t.steps().get(i);
            if (i == t.loopStart()) {
                rowCol.add(new int[] {-1});
                rowText.add("---- from here the steps repeat forever ----");
            }
            if (layout.changesOnly && s.changes().isEmpty() && s.violation() == null && !layout.keep.contains(i)
                    && !layout.notes.containsKey(i)) {
                continue;
            }
            int col = cols.indexOf(s.thread());
            List<String> prev = lastStack.getOrDefault(s.thread(), List.of(s.threadName()));
            List<String> st = s.stack();
            int common = 0;
            while (common < prev.size() && common < st.size() && prev.get(common).equals(st.get(common))) {
                common++;
            }
            // the functions entered, down to FRAMES levels below the thread body
            for (int d = Math.max(1, common); d < Math.min(st.size(), FRAMES + 1); d++) {
                rowCol.add(new int[] {col});
                rowText.add("  ".repeat(d - 1) + st.get(d) + "()");
            }
            lastStack.put(s.thread(), st);
            int depth = Math.min(FRAMES, Math.max(0, st.size() - 1));
            rowCol.add(new int[] {col});
            String note = layout.notes.get(i);
            rowText.add("  ".repeat(depth) + stepText(s) + (note == null ? "" : " " + note));
        }
        int[] width = new int[cols.size()];
        for (int c = 0; c < cols.size(); c++) {
            width[c] = Math.max(t.threads().get(cols.get(c)).length(), 8);
        }
        for (int r = 0; r < rowText.size(); r++) {
            int c = rowCol.get(r)[0];
            if (c >= 0) {
                width[c] = Math.min(MAX_WIDTH, Math.max(width[c], rowText.get(r).length()));
            }
        }
        if (layout.maxWidth > 0) {
            fit(width, layout.maxWidth - GAP * (cols.size() - 1));
        }
        StringBuilder sb = new StringBuilder();
        StringBuilder head = new StringBuilder();
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < cols.size(); c++) {
            String name = t.threads().get(cols.get(c));
            head.append(pad(name, width[c] + GAP));
            rule.append(pad("-".repeat(name.length()), width[c] + GAP));
        }
        sb.append(head.toString().stripTrailing()).append('\n');
        sb.append(rule.toString().stripTrailing()).append('\n');
        for (int r = 0; r < rowText.size(); r++) {
            int c = rowCol.get(r)[0];
            if (c < 0) {
                sb.append(rowText.get(r)).append('\n');
                continue;
            }
            String lead = "";
            for (int k = 0; k < c; k++) {
                lead += " ".repeat(width[k] + GAP);
            }
            String text = rowText.get(r);
            if (layout.maxWidth > 0) {
                for (String piece : wrapCell(text, width[c])) {
                    sb.append((lead + piece).stripTrailing()).append('\n');
                }
                continue;
            }
            if (text.length() > width[c] && c < cols.size() - 1) {
                text = text.substring(0, width[c] - 3) + "...";
            }
            sb.append((lead + text).stripTrailing()).append('\n');
        }
        Trace.Step last = t.steps().isEmpty() ? null : t.steps().get(t.steps().size() - 1);
        if (t.violation() != null) {
            StringBuilder v = new StringBuilder("==> ").append(t.violation()).append(": ").append(t.message());
            if (last != null && last.violation() != null) {
                v.append(" (").append(last.file()).append(':').append(last.line()).append(')');
            }
            if (layout.maxWidth > 0) {
                for (String piece : wrapCell(v.toString(), layout.maxWidth)) {
                    sb.append(piece).append('\n');
                }
            } else {
                sb.append(v).append('\n');
            }
        }
        return sb.toString();
    }

    /** Space between columns. */
    private static final int GAP = 3;

    /** Narrows columns to fit {@code room}: the widest give way first, none below 12. */
    private static void fit(int[] width, int room) {
        int total = 0;
        for (int w : width) {
            total += w;
        }
        while (total > room) {
            int widest = 0;
            for (int c = 1; c < width.length; c++) {
                if (width[c] > width[widest]) {
                    widest = c;
                }
            }
            if (width[widest] <= 12) {
                break;
            }
            width[widest]--;
            total--;
        }
    }

    /**
     * A cell's text in lines of at most {@code w}: broken at spaces, the
     * continuation indented two more than the text; a word longer than the
     * room is cut.
     */
    static List<String> wrapCell(String text, int w) {
        List<String> out = new ArrayList<>();
        if (text.length() <= w) {
            out.add(text);
            return out;
        }
        int indent = text.length() - text.stripLeading().length();
        String cont = " ".repeat(Math.min(indent + 2, Math.max(0, w - 8)));
        String rest = text;
        String prefix = "";
        while ((prefix + rest).length() > w) {
            String line = prefix + rest;
            int cut = line.lastIndexOf(' ', w);
            // do not leave a stub ("0", "-> 0") on a line of its own
            while (cut > 0 && line.length() - cut - 1 < 6 && line.lastIndexOf(' ', cut - 1) > prefix.length() + indent) {
                cut = line.lastIndexOf(' ', cut - 1);
            }
            if (cut <= prefix.length() + (prefix.isEmpty() ? indent : 0)) {
                cut = w; // one long word: cut it
                out.add(line.substring(0, cut));
                rest = line.substring(cut);
            } else {
                out.add(line.substring(0, cut).stripTrailing());
                rest = line.substring(cut + 1).stripLeading();
            }
            prefix = cont;
        }
        if (!rest.isEmpty()) {
            out.add(prefix + rest);
        }
        return out;
    }

    /**
     * "fn: P->_refcount 2 -> 3" for a step that changed state, "fn: P->flags =
     * locked|anon" for a read, "fn: smp_mb()" for anything else.
     */
    static String stepText(Trace.Step s) {
        StringBuilder sb = new StringBuilder();
        if (s.stack().size() > FRAMES + 1 || s.stack().size() <= 1) {
            sb.append(s.function()).append(": ");
        }
        if (!s.changes().isEmpty()) {
            for (int i = 0; i < s.changes().size(); i++) {
                if (i > 0) {
                    sb.append("; ");
                }
                sb.append(s.changes().get(i).describe());
            }
        } else if (!s.location().isEmpty()) {
            sb.append(s.location()).append(" = ").append(s.value());
        } else {
            sb.append(s.event());
            if (!s.value().isEmpty()) {
                sb.append(" = ").append(s.value());
            }
        }
        return sb.toString();
    }

    /** Call depth below the thread body shown as function lines; deeper helpers show inline. */
    static final int FRAMES = 3;

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }
}
