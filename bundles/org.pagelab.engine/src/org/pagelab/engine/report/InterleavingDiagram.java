package org.pagelab.engine.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    public static String render(Trace t) {
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
            rowText.add("  ".repeat(depth) + stepText(s));
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
        StringBuilder sb = new StringBuilder();
        StringBuilder head = new StringBuilder();
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < cols.size(); c++) {
            String name = t.threads().get(cols.get(c));
            head.append(pad(name, width[c] + 3));
            rule.append(pad("-".repeat(name.length()), width[c] + 3));
        }
        sb.append(head.toString().stripTrailing()).append('\n');
        sb.append(rule.toString().stripTrailing()).append('\n');
        for (int r = 0; r < rowText.size(); r++) {
            int c = rowCol.get(r)[0];
            if (c < 0) {
                sb.append(rowText.get(r)).append('\n');
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (int k = 0; k < c; k++) {
                line.append(" ".repeat(width[k] + 3));
            }
            String text = rowText.get(r);
            if (text.length() > width[c] && c < cols.size() - 1) {
                text = text.substring(0, width[c] - 3) + "...";
            }
            line.append(text);
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        Trace.Step last = t.steps().isEmpty() ? null : t.steps().get(t.steps().size() - 1);
        if (t.violation() != null) {
            sb.append("==> ").append(t.violation()).append(": ").append(t.message());
            if (last != null && last.violation() != null) {
                sb.append(" (").append(last.file()).append(':').append(last.line()).append(')');
            }
            sb.append('\n');
        }
        return sb.toString();
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
