package org.pagelab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.pagelab.engine.report.Quotes;
import org.pagelab.engine.report.ReplyBuilder;
import org.pagelab.engine.report.mail.EmlWriter;
import org.pagelab.engine.report.mail.MailAddresses;
import org.pagelab.model.MmStates;

/**
 * {@code ./pagelab report SCENARIO}: the plain-text reply for the mailing
 * list (text or .eml). Everything it writes comes from
 * {@link ReplyBuilder} and {@link EmlWriter}; this class parses options and
 * prints.
 */
public final class ReportCommand implements Command {
    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return "mailing-list reply: interleaving in CPU columns, findings, verdicts, the scenario (text or .eml)";
    }

    @Override
    public String usage() {
        return """
                Usage: ./pagelab report SCENARIO [--findings FILE] [--reply-to MSG] [--out FILE]
                                        [options]

                Explores SCENARIO and writes a plain-text reply for the mailing list: the
                message answered, quoted and trimmed (with --reply-to); what was explored;
                the shortest failing interleaving (or the witness) in CPU columns headed
                by the thread names, [N] marking the steps finding N annotates; the
                findings as prose in the order of the interleaving; the verdict of every
                run with its model and variants; the scenario itself to rerun; trailers.
                Prose is wrapped at 72 columns, nothing exceeds 80, no tabs, no trailing
                blanks (docs/FORMATS.md, "Mailing-list reply").

                  --findings FILE    findings to include (default: SCENARIO.findings if it
                                     exists)
                  --reply-to MSG     the message answered: .eml (lore's "raw"), mbox or
                                     mbox.gz (lore's thread download; the last message
                                     unless --message-id)
                  --message-id ID    which message of the mbox to answer
                  --out FILE         write FILE atomically instead of printing; FILE.eml
                                     gets mail headers (Subject: Re: ..., In-Reply-To,
                                     References, To, Cc) for git send-email or a mail
                                     client
                  --from ADDR        From: of the .eml ("Name <addr>"); default: none
                  --to ADDR, --cc ADDR   more recipients of the .eml (comma-separated)
                  --subject TEXT     subject (default: Re: the answered message's)
                  --model M[,M2]     memory models to run: sc, lkmm, tso (default: the
                                     file's Model: line, else sc); the first run with a
                                     counterexample is the one drawn
                  --variant F=V[,G=W]  variants of every run (try_to_unmap_one=v2)
                  --compare F=V[,G=W]  one more run per model with these variants
                                     (repeatable): e.g. the code as posted and the fix
                  --quote MODE       relevant (default: the parts the findings mention),
                                     all, none
                  --quote-lines A-B[,C-D]  quote exactly these body lines
                  --attach WHAT      scenario (default), litmus (its litmus core, for
                                     herd7), none
                  --trailer "Key: value"   a trailer line (repeatable)
                  --reported-by ADDR       adds "Reported-by: ADDR"
                  --link URL|auto    adds "Link: URL"; auto: the answered message on
                                     lore.kernel.org
                  --all-steps        draw every step, not only those that change state
                  --timeout S        per-run time budget in seconds (default 60)
                  --max-states N     per-run budget of states
                  --workers N        threads exploring (default: all processors)

                Exit status: 0 written, 2 unusable input (the message names the file and
                line: a scenario error, a malformed or non-UTF-8 mbox, an unreadable
                findings file); nothing is written then.
                """;
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) throws UsageException {
        Args a = Args.parse(name(), argv, Set.of("--all-steps"),
                Set.of("--findings", "--reply-to", "--message-id", "--out", "--from", "--to", "--cc", "--subject",
                        "--model", "--variant", "--quote", "--quote-lines", "--attach", "--reported-by", "--link",
                        "--timeout", "--max-states", "--workers"),
                Set.of("--compare", "--trailer"));
        if (a.operands().size() != 1) {
            throw new UsageException(name() + ": expected one scenario file\n" + usage());
        }
        Path scenario = Path.of(a.operands().get(0));
        if (!Files.isRegularFile(scenario)) {
            throw new UsageException(name() + ": no such file: " + scenario);
        }
        ReplyBuilder.Options o = new ReplyBuilder.Options();
        if (a.value("--findings", null) != null) {
            o.findings = Path.of(a.value("--findings", null));
            if (!Files.isRegularFile(o.findings)) {
                throw new UsageException(name() + ": no such findings file: " + o.findings);
            }
        }
        if (a.value("--reply-to", null) != null) {
            o.replyTo = Path.of(a.value("--reply-to", null));
            if (!Files.isRegularFile(o.replyTo)) {
                throw new UsageException(name() + ": no such message file: " + o.replyTo);
            }
        }
        o.messageId = a.value("--message-id", null);
        if (o.messageId != null && o.replyTo == null) {
            throw new UsageException(name() + ": --message-id needs --reply-to");
        }
        String models = a.value("--model", null);
        if (models != null) {
            o.models = List.of(models.split(","));
        }
        o.variants = Args.variants(name(), "--variant", a.value("--variant", null));
        List<Map<String, String>> compare = new ArrayList<>();
        for (String c : a.values("--compare")) {
            compare.add(Args.variants(name(), "--compare", c));
        }
        o.compare = compare;
        String quote = a.value("--quote", "relevant");
        try {
            o.quote = Quotes.Mode.valueOf(quote.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException(name() + ": --quote is relevant, all or none, not '" + quote + "'");
        }
        o.quoteLines = lineRanges(a.value("--quote-lines", null));
        o.attach = a.value("--attach", "scenario");
        if (!Set.of("scenario", "litmus", "none").contains(o.attach)) {
            throw new UsageException(name() + ": --attach is scenario, litmus or none, not '" + o.attach + "'");
        }
        List<String> trailers = new ArrayList<>();
        for (String t : a.values("--trailer")) {
            if (!t.matches("[A-Za-z][A-Za-z0-9-]*: *\\S.*")) {
                throw new UsageException(name() + ": a trailer is \"Key: value\" (e.g. \"Reported-by: A <a@b>\"), not '"
                        + t + "'");
            }
            trailers.add(t.strip());
        }
        if (a.value("--reported-by", null) != null) {
            trailers.add("Reported-by: " + a.value("--reported-by", null).strip());
        }
        String link = a.value("--link", null);
        o.trailers = trailers;
        o.allSteps = a.flag("--all-steps");
        o.timeoutSeconds = a.doubleValue(name(), "--timeout", 60);
        o.maxStates = a.longValue(name(), "--max-states", 0);
        o.workers = (int) Math.min(256, a.longValue(name(), "--workers", 0));
        o.monitor = new CliProgress(err, "report " + scenario);

        if ("auto".equals(link) && o.replyTo == null) {
            throw new UsageException(name() + ": --link auto needs --reply-to (the message to link to)");
        }
        if (link != null && !"auto".equals(link)) {
            trailers.add("Link: " + link.strip());
        }
        o.linkToMessage = "auto".equals(link);
        ReplyBuilder.Result r;
        try {
            r = ReplyBuilder.build(scenario, o);
        } catch (ReplyBuilder.ReportException e) {
            err.println(e.getMessage());
            return 2;
        }
        for (String w : r.warnings()) {
            err.println("pagelab report: warning: " + w);
        }
        String text = r.reply().text();
        String outFile = a.value("--out", null);
        if (outFile == null) {
            out.print(text);
            return 0;
        }
        byte[] bytes;
        if (outFile.endsWith(".eml")) {
            EmlWriter.Headers h = new EmlWriter.Headers();
            h.from = a.value("--from", null);
            h.to = a.value("--to", null);
            h.cc = a.value("--cc", null);
            h.subject = a.value("--subject", null);
            if (h.from != null && MailAddresses.parse(h.from).isEmpty()) {
                throw new UsageException(name() + ": --from needs \"Name <addr>\", not '" + h.from + "'");
            }
            bytes = EmlWriter.write(text, r.replyTo(), h);
        } else {
            bytes = text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            MmStates.writeAtomically(Path.of(outFile), bytes);
        } catch (IOException e) {
            throw new UsageException(name() + ": cannot write " + outFile + ": " + e.getMessage());
        }
        err.println("wrote " + outFile + " (" + r.reply().lines().size() + " lines)");
        return 0;
    }

    private List<int[]> lineRanges(String spec) throws UsageException {
        List<int[]> out = new ArrayList<>();
        if (spec == null) {
            return out;
        }
        for (String r : spec.split(",")) {
            String[] ab = r.strip().split("-", 2);
            try {
                int from = Integer.parseInt(ab[0].strip());
                int to = ab.length == 2 ? Integer.parseInt(ab[1].strip()) : from;
                if (from < 1 || to < from) {
                    throw new NumberFormatException();
                }
                out.add(new int[] {from, to});
            } catch (NumberFormatException e) {
                throw new UsageException(name() + ": --quote-lines takes ranges like 12-30,41, not '" + r + "'");
            }
        }
        return out;
    }
}
