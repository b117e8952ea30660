package org.pagelab.engine.lkmm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An execution shown to a user: its events labelled a, b, c... per thread in
 * program order, and the relations between them (po, rf, co, fr, rmw,
 * addr/data/ctrl). As data (for views), as text (CPU columns followed by the
 * relations, in the style of herd7 and of linux-mm mails) and as Graphviz
 * dot.
 *
 * @param model        the model the execution is allowed by
 * @param threadNames  display names of the threads
 * @param events       the events (initial writes first)
 * @param edges        the relations as labelled edges
 * @param finalMemory  final value of each location, as text
 */
public record Witness(String model, List<String> threadNames, List<Event> events, List<Edge> edges,
        Map<String, String> finalMemory) {

    /**
     * One event.
     *
     * @param label  short name: "a", "b"... ("x0" style init labels: "init:x")
     * @param thread thread number, -1 for initial writes
     * @param text   herd-style description, e.g. "W[once] x=1", "F[mb]"
     * @param origin the source statement, or null
     */
    public record Event(String label, int thread, String text, String origin) {
    }

    /** A relation edge: {@code relation} is po, rf, co, fr, rmw, addr, data or ctrl. */
    public record Edge(String relation, String from, String to) {
    }

    /** Builds the witness of an execution. */
    public static Witness of(Execution x, LitmusTest test, String modelName) {
        Skeleton sk = x.sk;
        Locations locs = sk.locs;
        String[] label = new String[sk.n];
        List<Event> events = new ArrayList<>();
        // initial writes of locations that matter (accessed by some event)
        boolean[] used = new boolean[locs.size()];
        for (int i = locs.size(); i < sk.n; i++) {
            if (sk.ev[i].loc >= 0) {
                used[sk.ev[i].loc] = true;
            }
        }
        for (int l = 0; l < locs.size(); l++) {
            label[l] = "init:" + locs.name(l);
            if (used[l]) {
                events.add(new Event(label[l], -1, sk.ev[l].describe(locs), null));
            }
        }
        int k = 0;
        for (int i = locs.size(); i < sk.n; i++) {
            label[i] = name(k++);
            Ev e = sk.ev[i];
            events.add(new Event(label[i], e.thread, e.describe(locs), e.origin));
        }
        List<Edge> edges = new ArrayList<>();
        for (int t = 0; t < sk.threads(); t++) {
            int len = sk.traces[t].size();
            for (int j = 1; j < len; j++) {
                edges.add(new Edge("po", label[sk.global(t, j - 1)], label[sk.global(t, j)]));
            }
        }
        Rel rf = x.rf();
        addEdges(edges, "rf", rf, label);
        for (int[] seq : x.coSequences()) {
            for (int j = 1; j < seq.length; j++) {
                edges.add(new Edge("co", label[seq[j - 1]], label[seq[j]]));
            }
        }
        // fr to the immediate co-successor of the source only (the rest follows by co)
        Rel co = x.co();
        Rel coImm = co.minus(co.seq(co));
        addEdges(edges, "fr", rf.inverse().seq(coImm), label);
        addEdges(edges, "rmw", sk.rmw, label);
        addEdges(edges, "addr", sk.addr0, label);
        addEdges(edges, "data", sk.data0, label);
        addEdges(edges, "ctrl", sk.ctrl0, label);
        Map<String, String> fin = new LinkedHashMap<>();
        for (int l = 0; l < locs.size(); l++) {
            if (used[l] && locs.kind(l) == Locations.Kind.PLAIN) {
                fin.put(locs.name(l), locs.format(x.finalValue(l)));
            }
        }
        return new Witness(modelName, test.threadNames(), events, edges, fin);
    }

    private static void addEdges(List<Edge> edges, String rel, Rel r, String[] label) {
        for (int i = 0; i < r.size(); i++) {
            for (int j = r.nextSucc(i, 0); j >= 0; j = r.nextSucc(i, j + 1)) {
                edges.add(new Edge(rel, label[i], label[j]));
            }
        }
    }

    /** a..z, then a1..z1, ... */
    private static String name(int k) {
        char c = (char) ('a' + k % 26);
        return k < 26 ? String.valueOf(c) : c + String.valueOf(k / 26);
    }

    /** CPU columns with the events, then the rf/co/fr and dependency edges. */
    public String toText() {
        int nt = threadNames.size();
        List<List<String>> cols = new ArrayList<>();
        for (int t = 0; t < nt; t++) {
            cols.add(new ArrayList<>());
        }
        for (Event e : events) {
            if (e.thread >= 0) {
                cols.get(e.thread).add(e.label + ": " + e.text);
            }
        }
        int[] width = new int[nt];
        int rows = 0;
        for (int t = 0; t < nt; t++) {
            width[t] = threadNames.get(t).length();
            for (String s : cols.get(t)) {
                width[t] = Math.max(width[t], s.length());
            }
            rows = Math.max(rows, cols.get(t).size());
        }
        StringBuilder b = new StringBuilder();
        b.append(line(threadNames, width).stripTrailing()).append('\n');
        List<String> sep = new ArrayList<>();
        for (int t = 0; t < nt; t++) {
            sep.add("-".repeat(width[t]));
        }
        b.append(line(sep, width).replace(' ', '-').replace("-|-", "-+-")).append('\n');
        for (int r = 0; r < rows; r++) {
            List<String> cells = new ArrayList<>();
            for (int t = 0; t < nt; t++) {
                cells.add(r < cols.get(t).size() ? cols.get(t).get(r) : "");
            }
            b.append(line(cells, width).stripTrailing()).append('\n');
        }
        for (String rel : new String[] { "rf", "co", "fr", "rmw", "addr", "data", "ctrl" }) {
            StringBuilder es = new StringBuilder();
            for (Edge e : edges) {
                if (e.relation.equals(rel)) {
                    es.append(es.length() == 0 ? "" : ", ").append(e.from).append(" -> ").append(e.to);
                }
            }
            if (es.length() > 0) {
                b.append(String.format("%-5s %s%n", rel + ":", es));
            }
        }
        if (!finalMemory.isEmpty()) {
            StringBuilder fm = new StringBuilder();
            for (Map.Entry<String, String> e : finalMemory.entrySet()) {
                fm.append(fm.length() == 0 ? "" : "; ").append(e.getKey()).append('=').append(e.getValue());
            }
            b.append("final: ").append(fm).append('\n');
        }
        return b.toString();
    }

    private static String line(List<String> cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int t = 0; t < cells.size(); t++) {
            if (t > 0) {
                b.append(" | ");
            }
            b.append(String.format("%-" + Math.max(1, width[t]) + "s", cells.get(t)));
        }
        return b.toString();
    }

    /** The execution as a Graphviz digraph: one cluster per thread, coloured relation edges. */
    public String toDot(String title) {
        StringBuilder b = new StringBuilder();
        b.append("digraph \"").append(esc(title)).append("\" {\n");
        b.append("  label=\"").append(esc(title + " (" + model + ")")).append("\";\n");
        b.append("  node [shape=box, fontname=\"monospace\", fontsize=10];\n");
        b.append("  edge [fontname=\"monospace\", fontsize=9];\n");
        for (Event e : events) {
            if (e.thread < 0) {
                b.append("  \"").append(esc(e.label)).append("\" [label=\"").append(esc(e.text))
                        .append("\", style=dashed];\n");
            }
        }
        for (int t = 0; t < threadNames.size(); t++) {
            b.append("  subgraph cluster_").append(t).append(" {\n    label=\"").append(esc(threadNames.get(t)))
                    .append("\";\n");
            for (Event e : events) {
                if (e.thread == t) {
                    String tip = e.origin == null ? "" : ", tooltip=\"" + esc(e.origin) + "\"";
                    b.append("    \"").append(esc(e.label)).append("\" [label=\"").append(esc(e.label + ": " + e.text))
                            .append('"').append(tip).append("];\n");
                }
            }
            b.append("  }\n");
        }
        for (Edge e : edges) {
            String style = switch (e.relation) {
                case "po" -> "color=black";
                case "rf" -> "color=red, fontcolor=red";
                case "co" -> "color=blue, fontcolor=blue";
                case "fr" -> "color=orange, fontcolor=orange";
                case "rmw" -> "color=purple, fontcolor=purple, style=bold";
                default -> "color=darkgreen, fontcolor=darkgreen, style=dashed";
            };
            String lbl = e.relation.equals("po") ? "" : ", label=\"" + e.relation + "\"";
            String constraint = e.relation.equals("po") ? "" : ", constraint=false";
            b.append("  \"").append(esc(e.from)).append("\" -> \"").append(esc(e.to)).append("\" [").append(style)
                    .append(lbl).append(constraint).append("];\n");
        }
        b.append("}\n");
        return b.toString();
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
