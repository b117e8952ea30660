package org.pagelab.engine.report;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.pagelab.engine.ProgressMonitor;
import org.pagelab.engine.check.CheckModel;
import org.pagelab.engine.check.CheckModels;
import org.pagelab.engine.check.CheckOptions;
import org.pagelab.engine.check.CheckResult;
import org.pagelab.engine.explore.Trace;
import org.pagelab.engine.findings.Anchors;
import org.pagelab.engine.findings.Placement;
import org.pagelab.engine.findings.StepSubject;
import org.pagelab.engine.findings.StepSubjects;
import org.pagelab.engine.lang.Parser;
import org.pagelab.engine.lang.ScenarioException;
import org.pagelab.engine.lkmm.LitmusExport;
import org.pagelab.engine.lkmm.MemoryModel;
import org.pagelab.engine.lkmm.ModelHeader;
import org.pagelab.engine.report.mail.MailException;
import org.pagelab.engine.report.mail.MailMessage;
import org.pagelab.engine.report.mail.MailReader;
import org.pagelab.model.FindingsFiles;
import org.pagelab.model.StateFileException;
import org.pagelab.model.findings.Finding;
import org.pagelab.model.findings.FindingsFile;
import org.pagelab.model.findings.StepAnchor;
import org.pagelab.model.findings.StepRangeAnchor;

/**
 * The whole reply of {@code ./pagelab report} and the workbench's Export
 * Mailing-List Reply: checks the scenario under each requested model and
 * variant set, takes the counterexample (or witness) of the first run that
 * has one, places the findings on it, draws it as CPU columns
 * ({@link InterleavingDiagram}), imports and quotes the message answered,
 * and composes the text with {@link MailReply}.
 */
public final class ReplyBuilder {
    private ReplyBuilder() {
    }

    /** What to put in the reply. */
    public static final class Options {
        /** Models to run ("sc", "lkmm", "tso"); empty: the scenario's Model: line, else sc. */
        public List<String> models = List.of();
        /** Variants of every run, over the scenario's own variant lines. */
        public Map<String, String> variants = Map.of();
        /** More runs: each map a variant set to compare (on top of {@link #variants}). */
        public List<Map<String, String>> compare = List.of();
        /** The findings file; null: FILE.findings next to the scenario, if there is one. */
        public Path findings;
        /** The message answered (.eml, mbox, mbox.gz), or null. */
        public Path replyTo;
        /** Which message of an mbox (Message-ID), or null for the last. */
        public String messageId;
        public Quotes.Mode quote = Quotes.Mode.RELEVANT;
        /** Body line ranges to quote instead of the relevant blocks. */
        public List<int[]> quoteLines = List.of();
        /** "scenario", "litmus" (its litmus core) or "none". */
        public String attach = "scenario";
        /** Trailer lines, as given ("Reported-by: A <a@b>"). */
        public List<String> trailers = List.of();
        /** Add "Link: https://lore.kernel.org/r/MESSAGE-ID" of the message answered. */
        public boolean linkToMessage;
        /** Draw every step, not only the ones that change state. */
        public boolean allSteps;
        public double timeoutSeconds = 60;
        public long maxStates;
        public int workers;
        public ProgressMonitor monitor = ProgressMonitor.NONE;
    }

    /**
     * @param reply    the composed reply
     * @param replyTo  the message answered, or null
     * @param runs     the check results, in the order of the verdict lines
     * @param placed   the findings and where they are on the shown counterexample (file order)
     * @param warnings things the user should know (findings that cannot be placed, no counterexample)
     */
    public record Result(MailReply.Reply reply, MailMessage replyTo, List<CheckResult> runs,
            List<Placement.Placed> placed, List<String> warnings) {
    }

    /** A reply that cannot be made: the message names the file and place. */
    public static final class ReportException extends Exception {
        private static final long serialVersionUID = 1L;

        public ReportException(String message) {
            super(message);
        }
    }

    /** Builds the reply for a scenario file. Cancellation through the monitor throws CancellationException. */
    public static Result build(Path scenario, Options o) throws ReportException {
        String text = read(scenario);
        MailMessage replyTo = null;
        if (o.replyTo != null) {
            try {
                replyTo = MailReader.select(MailReader.read(o.replyTo), o.replyTo.toString(), o.messageId);
            } catch (MailException e) {
                throw new ReportException(e.getMessage());
            } catch (IOException e) {
                throw new ReportException(o.replyTo + ": cannot read: " + e.getMessage());
            }
        }
        FindingsFile findings = loadFindings(scenario, o.findings);
        List<String> trailers = new ArrayList<>(o.trailers);
        if (o.linkToMessage) {
            String id = replyTo == null ? null : replyTo.messageId();
            if (id == null) {
                throw new ReportException((o.replyTo == null ? "a Link: to the message answered needs the message"
                        : o.replyTo + ": the message has no Message-ID to link to"));
            }
            trailers.add("Link: https://lore.kernel.org/r/" + id.substring(1, id.length() - 1));
        }

        List<String> models = o.models.isEmpty() ? List.of(declaredModel(scenario, text)) : o.models;
        Map<String, String> own = ownVariants(scenario, text);
        List<Map<String, String>> sets = new ArrayList<>();
        sets.add(o.variants);
        for (Map<String, String> c : o.compare) {
            Map<String, String> m = new LinkedHashMap<>(o.variants);
            m.putAll(c);
            sets.add(m);
        }
        List<CheckResult> runs = new ArrayList<>();
        List<MailReply.Run> runLines = new ArrayList<>();
        for (String model : models) {
            CheckModel m = CheckModels.byName(model);
            if (m == null) {
                throw new ReportException("unknown model '" + model + "' (available: "
                        + String.join(", ", CheckModels.names()) + ")");
            }
            for (Map<String, String> vs : sets) {
                if (o.monitor.isCanceled()) {
                    throw new CancellationException();
                }
                CheckOptions co = new CheckOptions();
                co.variants.putAll(vs);
                co.timeoutSeconds = o.timeoutSeconds;
                if (o.maxStates > 0) {
                    co.maxStates = o.maxStates;
                }
                co.workers = o.workers;
                co.monitor = o.monitor;
                CheckResult r = m.check(scenario, text, co);
                if ("Error".equals(r.verdict())) {
                    throw new ReportException(r.error() == null ? scenario + ": cannot be checked" : r.error());
                }
                runs.add(r);
                Map<String, String> shownVariants = new LinkedHashMap<>(own);
                shownVariants.putAll(vs);
                runLines.add(runLine(r, shownVariants));
            }
        }

        CheckResult shownRun = null;
        Trace shown = null;
        for (CheckResult r : runs) {
            Trace t = shownTrace(r);
            if (t != null) {
                shownRun = r;
                shown = t;
                break;
            }
        }
        List<String> warnings = new ArrayList<>();
        List<Placement.Placed> placed = new ArrayList<>();
        StepSubject subject = null;
        if (shown != null) {
            subject = StepSubjects.of(shown, StepSubjects.files(scenario.toAbsolutePath().getParent()));
        }
        if (findings != null) {
            for (Finding f : findings.getFindings()) {
                placed.add(new Placement.Placed(f, subject == null
                        ? new Placement.Place(Placement.Status.LOST, -1, -1, -1, 0, 0, "", "no counterexample to place it on")
                        : Placement.place(f.getAnchor(), subject)));
            }
        }
        for (String l : Placement.lostReport(placed)) {
            warnings.add("finding " + l);
        }

        // findings in the order of the interleaving; step markers in the diagram
        List<Placement.Placed> ordered = Placement.inReplyOrder(placed);
        List<MailReply.FindingText> texts = new ArrayList<>();
        Map<Integer, String> notes = new HashMap<>();
        Set<String> terms = new LinkedHashSet<>();
        List<String> citations = new ArrayList<>();
        int n = 1;
        for (Placement.Placed p : ordered) {
            Finding f = p.finding();
            String where = p.place().placed() && p.place().step() >= 0 ? p.place().where() : "";
            if (p.place().placed() && p.place().step() >= 0) {
                for (int s = p.place().step(); s <= p.place().lastStep(); s++) {
                    notes.merge(s, "[" + n + "]", (a, b) -> a + b);
                }
                if (shown != null) {
                    terms.add(shown.steps().get(p.place().step()).function());
                }
            }
            texts.add(new MailReply.FindingText(f.getTitle() == null ? "" : f.getTitle(), f.getSeverity().getLiteral(),
                    where, f.getText() == null ? "" : f.getText()));
            terms.addAll(Quotes.identifiers(f.getTitle() + "\n" + f.getText()));
            citations.add(f.getTitle() + "\n" + f.getText());
            terms.addAll(f.getTags());
            if (f.getAnchor() instanceof StepAnchor sa) {
                terms.add(sa.getFunction());
            } else if (f.getAnchor() instanceof StepRangeAnchor ra) {
                terms.add(ra.getFirst().getFunction());
                terms.add(ra.getLast().getFunction());
            }
            n++;
        }
        if (terms.isEmpty() && shown != null) {
            // no findings: what the counterexample runs
            for (Trace.Step s : shown.steps()) {
                terms.addAll(s.stack().subList(Math.min(1, s.stack().size()), s.stack().size()));
            }
        }

        MailReply.Input in = new MailReply.Input();
        in.replyTo = replyTo;
        in.quoteMode = o.quote;
        in.quoteLines = o.quoteLines;
        in.quoteTerms = terms;
        in.quoteCitations = citations;
        // the shown run first: the intro paragraph describes it
        if (shownRun != null) {
            int i = runs.indexOf(shownRun);
            runLines.add(0, runLines.remove(i));
        }
        in.runs = runLines;
        if (shown != null) {
            InterleavingDiagram.Layout layout = InterleavingDiagram.Layout.mail();
            layout.changesOnly = !o.allSteps;
            layout.notes = notes;
            in.diagram = List.of(InterleavingDiagram.render(shown, layout).split("\n"));
            in.diagramSteps = shown.steps().size();
            in.diagramKind = shown.violation() != null ? "violation" : "witness";
            in.diagramOnlyChanges = !o.allSteps;
        } else {
            for (CheckResult r : runs) {
                if (!r.details().isEmpty() && !"Never".equals(r.verdict())) {
                    in.diagram = mailWidth(r.details());
                    in.diagramKind = "witness";
                    break;
                }
            }
            if (in.diagram.isEmpty() && !runs.isEmpty() && !"Never".equals(runs.get(0).verdict())) {
                warnings.add("no counterexample or witness to draw");
            }
        }
        in.findings = texts;
        String name = scenario.getFileName().toString();
        switch (o.attach) {
            case "none" -> {
            }
            case "litmus" -> {
                try {
                    in.attachment = LitmusExport.export(scenario, true);
                } catch (ScenarioException e) {
                    throw new ReportException(e.getMessage());
                } catch (IOException e) {
                    throw new ReportException(scenario + ": cannot read: " + e.getMessage());
                }
                in.attachmentName = name.replaceAll("\\.(pgl|litmus)$", "") + "-core.litmus";
                in.rerun = "herd7 -conf linux-kernel.cfg " + in.attachmentName;
            }
            default -> {
                in.attachment = text;
                in.attachmentName = name;
                in.rerun = rerun(name, models, o.variants);
                for (Map<String, String> c : o.compare) {
                    Map<String, String> m = new LinkedHashMap<>(o.variants);
                    m.putAll(c);
                    in.rerun += (c == o.compare.get(0) ? " (and with " : ", ") + "--variant "
                            + Anchors.variantsText(m).replace(' ', ',');
                }
                if (!o.compare.isEmpty()) {
                    in.rerun += ")";
                }
            }
        }
        in.trailers = trailers;
        try {
            return new Result(MailReply.compose(in), replyTo, runs, placed, warnings);
        } catch (ScenarioReflow.TooWideException e) {
            throw new ReportException(e.getMessage());
        }
    }

    /**
     * The counterexample (or witness) a reply would show for a scenario under
     * the model of its Model: line, or null when there is none (what the
     * findings of a scenario are placed on when no view published one).
     */
    public static Trace counterexample(Path scenario, ProgressMonitor monitor) throws ReportException {
        String text = read(scenario);
        CheckModel m = CheckModels.byName(declaredModel(scenario, text));
        CheckOptions co = new CheckOptions();
        co.monitor = monitor;
        co.timeoutSeconds = 60;
        CheckResult r = m.check(scenario, text, co);
        if ("Error".equals(r.verdict())) {
            throw new ReportException(r.error() == null ? scenario + ": cannot be checked" : r.error());
        }
        return shownTrace(r);
    }

    private static String read(Path scenario) throws ReportException {
        try {
            return Files.readString(scenario, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ReportException(scenario + ": no such file");
        } catch (MalformedInputException e) {
            throw new ReportException(scenario + ":1:1: error: not UTF-8 text");
        } catch (IOException e) {
            throw new ReportException(scenario + ": cannot read: " + e.getMessage());
        }
    }

    private static FindingsFile loadFindings(Path scenario, Path given) throws ReportException {
        try {
            if (given != null) {
                return FindingsFiles.load(given);
            }
            Path def = FindingsFiles.fileFor(scenario);
            return Files.exists(def) ? FindingsFiles.load(def) : null;
        } catch (StateFileException e) {
            throw new ReportException(e.getMessage());
        }
    }

    private static String declaredModel(Path scenario, String text) {
        try {
            MemoryModel m = ModelHeader.declared(Parser.parseScenario(scenario.toString(), text));
            return m == null ? "sc" : m.name();
        } catch (ScenarioException | RuntimeException e) {
            return "sc"; // the check reports the located error
        }
    }

    /** The trace a reply shows for a run: its first violation, else the witness of a Sometimes/Always verdict. */
    public static Trace shownTrace(CheckResult r) {
        for (Trace t : r.traces()) {
            if (t.violation() != null) {
                return t;
            }
        }
        if (!"Never".equals(r.verdict()) && !r.traces().isEmpty()) {
            return r.traces().get(r.traces().size() - 1);
        }
        return null;
    }

    /** The variant lines of the scenario itself (the library's defaults are not worth a mention). */
    private static Map<String, String> ownVariants(Path scenario, String text) {
        Map<String, String> m = new LinkedHashMap<>();
        try {
            for (org.pagelab.engine.lang.Ast.VariantSelect v : Parser.parseScenario(scenario.toString(), text).items()
                    .variants()) {
                m.put(v.function(), v.variant());
            }
        } catch (ScenarioException | RuntimeException e) {
            // the check reports the located error
        }
        return m;
    }

    /** A verdict line: the variants shown are the scenario's and the asked ones, as the run used them. */
    private static MailReply.Run runLine(CheckResult r, Map<String, String> shown) {
        Map<String, String> variants = new LinkedHashMap<>();
        Map<?, ?> used = r.extra().get("variants") instanceof Map<?, ?> u ? u : Map.of();
        for (Map.Entry<String, String> e : shown.entrySet()) {
            Object v = used.get(e.getKey());
            variants.put(e.getKey(), v == null ? e.getValue() : String.valueOf(v));
        }
        String violation = r.violations().isEmpty() ? null : r.violations().get(0).name();
        String message = r.violations().isEmpty() ? null : r.violations().get(0).message();
        String verdict = r.incomplete() != null ? "Incomplete (" + r.incomplete() + ")" : r.verdict();
        return new MailReply.Run(r.model(), variants, verdict, r.expected(), violation, message, r.states(),
                r.millis());
    }

    private static String rerun(String name, List<String> models, Map<String, String> variants) {
        StringBuilder b = new StringBuilder("./pagelab check ");
        if (models.size() == 1 && !models.get(0).equals("sc")) {
            b.append("--model ").append(models.get(0)).append(' ');
        }
        if (!variants.isEmpty()) {
            b.append("--variant ").append(Anchors.variantsText(variants).replace(' ', ',')).append(' ');
        }
        return b.append(name).toString();
    }

    /** Text lines (an axiomatic witness) at mail width: long lines wrapped at spaces, continued 6 further in. */
    static List<String> mailWidth(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            String line = PlainText.expandTabs(l).stripTrailing();
            while (PlainText.width(line) > PlainText.HARD) {
                int cut = line.lastIndexOf(' ', PlainText.HARD);
                if (cut <= 8) {
                    break;
                }
                out.add(line.substring(0, cut).stripTrailing());
                line = "      " + line.substring(cut + 1).strip();
            }
            out.add(PlainText.cut(line));
        }
        return out;
    }
}
