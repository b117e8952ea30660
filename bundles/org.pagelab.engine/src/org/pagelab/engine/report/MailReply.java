package org.pagelab.engine.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.pagelab.engine.report.mail.MailMessage;

/**
 * Composes the plain-text reply for the mailing list from parts the
 * caller computed (see {@link ReplyBuilder} for the usual wiring): the
 * quoted message, the interleaving as CPU columns, the findings as prose,
 * the verdicts with model and variants, the scenario to rerun, trailers.
 *
 * <p>Rules (docs/FORMATS.md, "Mailing-list reply"): prose at most 72
 * columns; diagrams, quoted code and the attached scenario at most 80; no
 * tabs; no trailing white space; {@link Reply#violations()} checks them.
 */
public final class MailReply {
    private MailReply() {
    }

    /**
     * One exploration.
     *
     * @param model      sc, tso, lkmm
     * @param variants   function to variant
     * @param verdict    Never / Sometimes / Always / Incomplete / Error
     * @param expected   from Result:, or null
     * @param violation  the violation found ("use-after-free"...), or null
     * @param message    what the violation or error means, or null
     * @param states     states (or candidate executions) explored
     * @param millis     wall time
     */
    public record Run(String model, Map<String, String> variants, String verdict, String expected, String violation,
            String message, long states, long millis) {
        /** "SC, try_to_unmap_one=v2". */
        public String describe() {
            StringBuilder b = new StringBuilder(modelName(model));
            for (Map.Entry<String, String> e : new TreeMap<>(variants).entrySet()) {
                b.append(", ").append(e.getKey()).append('=').append(e.getValue());
            }
            return b.toString();
        }
    }

    /**
     * A finding as the reply words it.
     *
     * @param title    one line
     * @param severity note, minor, major, critical
     * @param where    "step 5 (reclaim, try_to_unmap_one)", or "" when it annotates no step
     * @param text     the explanation (paragraphs, list items, indented code kept)
     */
    public record FindingText(String title, String severity, String where, String text) {
    }

    /** What a reply is made of; null or empty parts are left out. */
    public static final class Input {
        /** The message answered, quoted at the top. */
        public MailMessage replyTo;
        public Quotes.Mode quoteMode = Quotes.Mode.RELEVANT;
        /** Body line ranges to quote instead of the relevant parts. */
        public List<int[]> quoteLines = List.of();
        /** Identifiers that make a quoted block relevant. */
        public Collection<String> quoteTerms = List.of();
        /** Texts of the findings: lines or sentences of the message they cite are quoted at any depth. */
        public Collection<String> quoteCitations = List.of();
        /** Runs; the first is the one the diagram shows. */
        public List<Run> runs = List.of();
        /** The interleaving diagram of the first run, lines as rendered (CPU columns). */
        public List<String> diagram = List.of();
        /** Steps in the diagram. */
        public int diagramSteps;
        /** What the diagram's execution is: "violation" (with the run's violation) or "witness". */
        public String diagramKind = "violation";
        /** The diagram leaves out the steps that change no state. */
        public boolean diagramOnlyChanges;
        public List<FindingText> findings = List.of();
        /** The scenario file name and text (or its litmus core) attached at the end. */
        public String attachmentName;
        public String attachment;
        /** Whether the attachment is a scenario (with a C header line) rather than other text. */
        public boolean attachmentIsScenario = true;
        /** How to rerun the attachment ("./pagelab check s1.pgl"). */
        public String rerun;
        /** Trailer lines ("Reported-by: A <a@b>"), in order. */
        public List<String> trailers = List.of();
    }

    /** The reply: its lines (no final newline) and, per line, whether it may be wider than 72 columns. */
    public record Reply(List<String> lines, List<Boolean> wide) {
        /** The text with '\n' line ends and a final newline. */
        public String text() {
            return String.join("\n", lines) + "\n";
        }

        /** The rules this reply breaks (none when composed by {@link MailReply#compose}). */
        public List<PlainText.Violation> violations() {
            return PlainText.check(lines, i -> wide.get(i));
        }
    }

    private static final class Out {
        final List<String> lines = new ArrayList<>();
        final List<Boolean> wide = new ArrayList<>();

        void add(String l, boolean w) {
            lines.add(l);
            wide.add(w);
        }

        void prose(List<String> ls) {
            for (String l : ls) {
                add(l, false);
            }
        }

        void blank() {
            if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
                add("", false);
            }
        }
    }

    /** Composes the reply. */
    public static Reply compose(Input in) throws ScenarioReflow.TooWideException {
        Out o = new Out();
        if (in.replyTo != null) {
            Quotes.Quoted q = Quotes.quote(in.replyTo, in.quoteMode, in.quoteTerms, in.quoteCitations, in.quoteLines);
            for (int i = 0; i < q.lines().size(); i++) {
                o.add(q.lines().get(i), q.wide().get(i));
            }
        }
        Run first = in.runs.isEmpty() ? null : in.runs.get(0);
        if (first != null) {
            o.blank();
            o.prose(PlainText.wrap(intro(in, first), PlainText.PROSE, "", ""));
        }
        if (!in.diagram.isEmpty()) {
            o.blank();
            for (String l : in.diagram) {
                o.add(PlainText.cut(PlainText.expandTabs(l).stripTrailing()), true);
            }
        }
        if (!in.findings.isEmpty()) {
            int n = 1;
            for (FindingText f : in.findings) {
                o.blank();
                String head = n + ") " + f.title().strip();
                String sev = f.severity() == null || f.severity().isEmpty() ? "" : " (" + f.severity() + ")";
                String indent = " ".repeat((n + ") ").length());
                o.prose(PlainText.wrap(head + sev, PlainText.PROSE, "", indent));
                String text = f.text() == null ? "" : f.text().strip();
                if (!f.where().isEmpty()) {
                    boolean ownParagraph = text.isEmpty() || text.startsWith("  ")
                            || PlainText.listItemMarker(text) != null;
                    text = "At " + f.where() + (text.isEmpty() ? "." : ownParagraph ? ":\n\n" + text : ": " + text);
                }
                if (!text.isEmpty()) {
                    o.add("", false);
                    for (PlainText.Line l : PlainText.wrapLines(text, PlainText.PROSE, indent)) {
                        o.add(l.text(), l.pre());
                    }
                }
                n++;
            }
        }
        if (!in.runs.isEmpty()) {
            o.blank();
            o.prose(PlainText.wrap(in.runs.size() == 1 ? "Verdict:" : "Verdicts:", PlainText.PROSE, "", ""));
            for (Run r : in.runs) {
                o.prose(PlainText.wrap(verdictLine(r), PlainText.PROSE, "- ", "  "));
            }
        }
        if (in.attachment != null && !in.attachment.isBlank()) {
            o.blank();
            String name = in.attachmentName == null ? "scenario" : in.attachmentName;
            if (in.rerun != null && !in.rerun.isEmpty()) {
                o.prose(PlainText.wrap("To rerun it: " + in.rerun, PlainText.PROSE, "", "  "));
                o.add("", false);
            }
            o.add(rule(" " + name + " "), true);
            for (String l : ScenarioReflow.reflow(name, in.attachment, in.attachmentIsScenario)) {
                o.add(l, true);
            }
            o.add(rule(" end of " + name + " "), true);
        }
        if (!in.trailers.isEmpty()) {
            o.blank();
            for (String t : in.trailers) {
                o.add(PlainText.cut(t.strip()), true);
            }
        }
        while (!o.lines.isEmpty() && o.lines.get(o.lines.size() - 1).isEmpty()) {
            o.lines.remove(o.lines.size() - 1);
            o.wide.remove(o.wide.size() - 1);
        }
        return new Reply(List.copyOf(o.lines), List.copyOf(o.wide));
    }

    /** "----- name -----" filling 72 columns (the name alone when it is longer). */
    static String rule(String label) {
        int w = PlainText.width(label);
        if (w >= PlainText.PROSE - 4) {
            return ("--" + label + "--").stripTrailing();
        }
        int left = (PlainText.PROSE - w) / 2;
        return "-".repeat(left) + label + "-".repeat(PlainText.PROSE - w - left);
    }

    private static String intro(Input in, Run r) {
        boolean sc = MailReply.modelName(r.model()).equals("SC");
        String how = sc ? "Pagelab explored every interleaving of the scenario below (" + r.describe() + ")."
                : "Pagelab checked every execution the " + modelName(r.model()) + " allows for the scenario below ("
                        + r.describe() + ").";
        if (in.diagram.isEmpty()) {
            if ("Never".equals(r.verdict())) {
                return how + " No execution makes the final condition hold (" + r.states() + " states).";
            }
            return how + " Verdict: " + r.verdict() + ".";
        }
        String steps = in.diagramSteps > 0 ? " has " + in.diagramSteps + " steps" : "";
        String left = in.diagramOnlyChanges ? " Steps that change no state are left out." : "";
        if ("witness".equals(in.diagramKind) || r.violation() == null) {
            return how + (sc ? " The shortest execution where the final condition holds" + steps + "."
                    : " An execution where the final condition holds, per CPU, with its relations:") + left;
        }
        String msg = r.message() == null || r.message().isEmpty() ? "" : ": " + r.message();
        return how + " The shortest execution that fails" + steps + " and ends in " + r.violation() + msg
                + (msg.endsWith(".") ? "" : ".") + left;
    }

    private static String verdictLine(Run r) {
        StringBuilder b = new StringBuilder(r.describe()).append(": ").append(r.verdict());
        if (r.expected() != null) {
            b.append(" (expected ").append(r.expected()).append(')');
        }
        if (r.violation() != null) {
            b.append(", ").append(r.violation());
        }
        b.append("; ").append(r.states()).append(" states, ")
                .append(String.format(Locale.ROOT, "%.1fs", r.millis() / 1000.0));
        return b.toString();
    }

    /** The name of a memory model in prose: SC, TSO, LKMM. */
    public static String modelName(String model) {
        if (model == null || model.isEmpty()) {
            return "SC";
        }
        return switch (model.toLowerCase(Locale.ROOT)) {
            case "sc", "sc-ax" -> "SC";
            case "tso" -> "TSO";
            case "lkmm" -> "LKMM";
            default -> model;
        };
    }
}
