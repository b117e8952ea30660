package org.pagelab.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pagelab.engine.TestFiles;
import org.pagelab.engine.findings.Placement;
import org.pagelab.engine.report.mail.EmlWriter;
import org.pagelab.engine.report.mail.MailMessage;
import org.pagelab.engine.report.mail.MailReader;

/**
 * The S1 reply, end to end: the seed scenario as posted (5.16) explored
 * under SC and compared with patch v2, its findings
 * (examples/seeds/s1-madv-free-dio-5.16.pgl.findings), answering the v2
 * patch mail of the example thread. Compared with golden files (times
 * masked); to accept an intended change, run the test with
 * PAGELAB_GOLDEN_UPDATE=1 and review the diff of data/report/.
 */
class S1ReplyGoldenTest {
    static final Path S1 = TestFiles.project().resolve("examples/seeds/s1-madv-free-dio-5.16.pgl");

    static ReplyBuilder.Options options() {
        ReplyBuilder.Options o = new ReplyBuilder.Options();
        o.replyTo = ReportData.data("s1-thread.mbox");
        o.messageId = "20220105233440.63361-1-mfo@canonical.test";
        o.compare = List.of(Map.of("try_to_unmap_one", "v2"));
        o.trailers = List.of("Reported-by: Mauricio Faria de Oliveira <mfo@canonical.com>");
        o.linkToMessage = true;
        o.workers = 1;
        return o;
    }

    /** Run times vary: "1060 states, 2.5s" -> "1060 states, N.Ns". */
    static String masked(String text) {
        return text.replaceAll("states, [0-9]+\\.[0-9]s", "states, N.Ns");
    }

    static void golden(String name, String actual) throws IOException {
        Path g = TestFiles.project().resolve("bundles/org.pagelab.engine.tests/data/report").resolve(name);
        if ("1".equals(System.getenv("PAGELAB_GOLDEN_UPDATE"))) {
            Files.writeString(g, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(g), g + " is missing; run the test with PAGELAB_GOLDEN_UPDATE=1 to write it");
        assertEquals(Files.readString(g, StandardCharsets.UTF_8), actual, name + " differs from the golden file; if "
                + "the change is intended, rerun with PAGELAB_GOLDEN_UPDATE=1 and review the diff");
    }

    @Test
    void s1ReplyMatchesTheGoldenFile() throws Exception {
        ReplyBuilder.Result r = ReplyBuilder.build(S1, options());
        assertEquals(List.of(), r.warnings(), "every finding is placed");
        assertEquals(4, r.placed().size());
        for (Placement.Placed p : r.placed()) {
            assertEquals(Placement.Status.EXACT, p.place().status(), p.finding().getTitle() + ": " + p.place().note());
        }
        assertEquals(List.of(), r.reply().violations());
        golden("s1-reply.txt", masked(r.reply().text()));

        EmlWriter.Headers h = new EmlWriter.Headers();
        h.from = "Pagelab Reviewer <reviewer@example.org>";
        h.date = ZonedDateTime.parse("2022-01-14T10:00:00+01:00");
        String eml = new String(EmlWriter.write(masked(r.reply().text()), r.replyTo(), h), StandardCharsets.UTF_8);
        golden("s1-reply.eml", eml);
        MailMessage back = MailReader.read("s1-reply.eml", eml.getBytes(StandardCharsets.UTF_8)).get(0);
        assertEquals("<20220105233440.63361-1-mfo@canonical.test>", back.inReplyTo());
        assertEquals("Re: [PATCH v2] mm: fix race between MADV_FREE reclaim and blkdev direct IO read",
                back.subject());
    }

    /** The layout rules, checked on the text itself (not only through the composer's own flags). */
    @Test
    void columnsWidthsAndWrapping() throws Exception {
        String text = ReplyBuilder.build(S1, options()).reply().text();
        String[] lines = text.split("\n", -1);
        boolean inDiagram = false;
        boolean inScenario = false;
        int diagramRows = 0;
        int reclaimColumn = -1;
        for (String l : lines) {
            assertFalse(l.contains("\t"), "no tabs: " + l);
            assertEquals(l.stripTrailing(), l, "no trailing blanks: '" + l + "'");
            assertTrue(PlainText.width(l) <= 80, "never over 80: " + l);
            if (l.startsWith("dio ") && l.endsWith("reclaim")) {
                inDiagram = true;
                reclaimColumn = l.indexOf("reclaim");
                continue;
            }
            if (inDiagram && l.isEmpty()) {
                inDiagram = false;
            }
            if (l.startsWith("----") && l.contains(" s1-madv-free-dio-5.16.pgl ")) {
                inScenario = true;
                continue;
            }
            if (l.contains(" end of s1-madv-free-dio-5.16.pgl ")) {
                inScenario = false;
                continue;
            }
            if (inDiagram && !l.startsWith("---")) {
                diagramRows++;
                // a row belongs to one column: dio's text ends before reclaim's column starts
                if (l.startsWith("==>")) {
                    continue; // the violation line spans the diagram
                }
                if (!l.startsWith(" ")) {
                    assertTrue(l.length() < reclaimColumn, "dio's cell stays in its column: " + l);
                } else if (l.length() > reclaimColumn && !l.startsWith("==>")) {
                    assertTrue(l.substring(0, reclaimColumn).isBlank(), "reclaim's cell starts at its column: " + l);
                }
            } else if (!inScenario && !l.startsWith(">") && !l.startsWith("     ") && !l.startsWith("==>")) {
                // (quoted text keeps its author's wrapping; 5 blanks in: preformatted lines of a finding)
                assertTrue(PlainText.width(l) <= 72, "prose within 72 columns: " + l);
            }
        }
        assertTrue(reclaimColumn > 8 && reclaimColumn <= 44, "two columns headed by the thread names: " + reclaimColumn);
        assertTrue(diagramRows > 10, "the interleaving is drawn");
        assertTrue(text.contains("-> none [1]"), "step markers of the findings in the diagram");
        assertTrue(text.contains("- SC, try_to_unmap_one=v2: Never"), "verdict of the fix");
        assertTrue(text.contains("\nassert(seen == DATA,\n") || text.contains("    assert(seen == DATA,\n"),
                "the scenario's long line is re-flowed");
    }

    /** The quote at the top of a reply: the lines before the first empty line. */
    static List<String> quote(String reply) {
        return List.of(reply.substring(0, reply.indexOf("\n\n")).split("\n"));
    }

    /** How many levels of quoting a line has ("> >> x" and ">>> x" are 3). */
    static int depth(String line) {
        int d = 0;
        for (int i = 0; i < line.length() && (line.charAt(i) == '>' || line.charAt(i) == ' '); i++) {
            d += line.charAt(i) == '>' ? 1 : 0;
            if (line.charAt(i) == ' ' && i + 1 < line.length() && line.charAt(i + 1) != '>') {
                break;
            }
        }
        return d;
    }

    /**
     * Answering the patch: the attribution, the patch's own words only (one
     * level), of its hunk the @@ line and the lines the findings refer to
     * with context, "[...]" for what was cut (the comment block).
     */
    @Test
    void quotingThePatchKeepsTheHunkLinesTheFindingsReferTo() throws Exception {
        List<String> q = quote(ReplyBuilder.build(S1, options()).reply().text());
        assertEquals("On Wed, 5 Jan 2022 20:34:40 -0300, Mauricio Faria de Oliveira wrote:", q.get(0));
        for (String l : q.subList(1, q.size())) {
            assertEquals(1, depth(l), "the patch's own words only: " + l);
        }
        int removed = q.indexOf("> -                             if (!PageDirty(page)) {");
        int barrier = q.indexOf("> +                             smp_rmb();");
        int recheck = q.indexOf("> +                                 !PageDirty(page)) {");
        assertTrue(removed > 0 && barrier > removed && recheck > barrier, "the cited hunk lines, in order: " + q);
        assertTrue(q.subList(removed, barrier).contains("> [...]"), "the comment between them is cut: " + q);
        assertFalse(String.join("\n", q).contains("The only page refs must be from the isolation"), q.toString());
        assertTrue(q.contains("> @@ -1570,7 +1570,20 @@ static bool try_to_unmap_one(struct page *page, [...]"), q.toString());
        assertTrue(q.get(recheck + 1).contains("/* Invalidate as we cleared the pte */"), "context after: " + q);
        assertTrue(q.get(removed - 1).contains("if (!PageSwapBacked(page)) {"), "context before: " + q);
    }

    /**
     * Answering Huang Ying (the last message of the thread, as the README's
     * example does): his own words, at most one level of what he quoted,
     * and not the patch hunk he quoted 4 levels deep although it names
     * PageDirty (no finding cites its text).
     */
    @Test
    void quotingHuangYingKeepsHisWordsNotTheNestedHunk() throws Exception {
        ReplyBuilder.Options o = options();
        o.messageId = null;
        List<String> q = quote(ReplyBuilder.build(S1, o).reply().text());
        assertEquals("On Thu, 13 Jan 2022 13:47:05 +0800, Huang, Ying wrote:", q.get(0));
        for (String l : q.subList(1, q.size())) {
            assertTrue(depth(l) >= 1 && depth(l) <= Quotes.TERM_DEPTH, "at most one nested level: " + l);
        }
        String text = String.join("\n", q);
        assertFalse(text.contains("PageDirty(page)) {"), "the nested hunk is dropped: " + text);
        assertTrue(text.contains("\n> CPU0/Process A                  CPU1/Process B\n"), "his race diagram: " + text);
        assertTrue(text.contains("\n> [...]\n"), "the cut between kept parts is marked: " + text);
        golden("s1-reply-huang-quote.txt", text + "\n");
    }

    @Test
    void malformedMboxIsALocatedErrorAndNothingElse(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("thread.mbox");
        byte[] raw = Files.readAllBytes(ReportData.data("s1-thread.mbox"));
        String s = new String(raw, StandardCharsets.UTF_8);
        int at = s.indexOf("Userspace");
        raw[at] = (byte) 0xff; // not UTF-8, no charset declared
        Files.write(bad, raw);
        ReplyBuilder.Options o = options();
        o.replyTo = bad;
        ReplyBuilder.ReportException e = assertThrows(ReplyBuilder.ReportException.class,
                () -> ReplyBuilder.build(S1, o));
        assertTrue(e.getMessage().startsWith(bad + ":"), e.getMessage());
        assertTrue(e.getMessage().contains(": byte " + at + ": the body is not valid UTF-8"), e.getMessage());
    }

    @Test
    void lostFindingsAreWarnedAbout(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("other.findings");
        String xml = Files.readString(S1.resolveSibling("s1-madv-free-dio-5.16.pgl.findings"))
                .replace("sourceLine=\"return xchg(ptep, 0);\"", "sourceLine=\"return xchg(ptep, 42);\"")
                .replace("<changes>pte-0x1000: present|write|soft-dirty page=P -&gt; none</changes>",
                        "<changes>gone</changes>")
                .replace("<changes>pte-0x1000: present|write|soft-dirty page=P -> none</changes>",
                        "<changes>gone</changes>");
        Files.writeString(f, xml);
        ReplyBuilder.Options o = options();
        o.findings = f;
        o.replyTo = null;
        o.linkToMessage = false;
        o.compare = List.of();
        ReplyBuilder.Result r = ReplyBuilder.build(S1, o);
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).startsWith("finding F1 \"Reclaim clears the PTE while the DIO holds a reference\""),
                r.warnings().get(0));
        String text = r.reply().text();
        assertTrue(text.contains("\n4) Reclaim clears the PTE while the DIO holds a reference (critical)\n"),
                "a finding that cannot be placed comes last, without a step: " + text);
    }

    @Test
    void underTheLkmmTheWitnessAndTheLitmusCore() throws Exception {
        Path seed = TestFiles.project().resolve("examples/seeds/s1-barrier-v2-arm64-lkmm.pgl");
        ReplyBuilder.Options o = new ReplyBuilder.Options();
        o.attach = "litmus";
        ReplyBuilder.Result r = ReplyBuilder.build(seed, o);
        assertEquals(List.of(), r.reply().violations());
        String text = r.reply().text();
        assertTrue(text.startsWith("Pagelab checked every execution the LKMM allows for the scenario below"), text);
        assertTrue(text.contains("dio                     | reclaim"), "the axiomatic witness, per CPU: " + text);
        assertTrue(text.contains("To rerun it: herd7 -conf linux-kernel.cfg\n  s1-barrier-v2-arm64-lkmm-core.litmus\n"),
                text);
        assertTrue(text.contains("xchg_relaxed"), "the racy core is attached: " + text);
    }
}
