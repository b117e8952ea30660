package org.pagelab.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pagelab.engine.report.mail.EmlWriter;
import org.pagelab.engine.report.mail.MailMessage;
import org.pagelab.engine.report.mail.MailReader;

class MailReplyTest {
    private static final String SCENARIO = """
            C tiny
            // a comment that is much too long for a mail line and must therefore be wrapped by the reflow
            P0:dio(int *x, int *y) { int r0; WRITE_ONCE(*x, 1); r0 = READ_ONCE(*y); r0 = READ_ONCE(*y); r0 = READ_ONCE(*x); }
            P1:reclaim(int *x, int *y) {
            \tint r1;
            \tWRITE_ONCE(*y, 1);   \s
            \tr1 = READ_ONCE(*x);
            }
            exists (0:r0=0 /\\ 1:r1=0)
            """;

    static MailReply.Input input() throws Exception {
        MailReply.Input in = new MailReply.Input();
        in.replyTo = MailReader.read(ReportData.data("s1-huang-ying.eml")).get(0);
        in.quoteTerms = List.of("zap_pte_range", "page_mapcount");
        in.runs = List.of(
                new MailReply.Run("sc", Map.of("try_to_unmap_one", "5.16"), "Sometimes", "Sometimes", "assert",
                        "the user reads the data the direct-IO read returned", 1234, 120),
                new MailReply.Run("lkmm", Map.of("try_to_unmap_one", "v2"), "Never", "Sometimes", null, null, 56, 3400));
        in.diagram = List.of("dio                          reclaim", "---                          -------",
                "gup_fast()", "  P->_refcount 2 -> 3", "                             try_to_unmap_one()",
                "                               pte[0] present|write -> none");
        in.diagramSteps = 2;
        in.findings = List.of(new MailReply.FindingText("Reclaim discards a page DIO still holds", "critical",
                "step 2 (reclaim, try_to_unmap_one)",
                "try_to_unmap_one() only checks PageDirty(), which DIO sets at completion, long after gup-fast took "
                        + "its reference.\n\nA fix must look at the reference count:\n\n"
                        + "    if (page_ref_count(page) - 1 == page_mapcount(page) && !PageDirty(page))\n\n"
                        + "- either as in v2,\n- or with the smp_mb() of v3 on arm64, where ptep_get_and_clear() "
                        + "is a relaxed xchg."),
                new MailReply.FindingText("Fork is fine", "note", "", "Nothing to see."));
        in.attachmentName = "tiny.pgl";
        in.attachment = SCENARIO;
        in.rerun = "./pagelab check tiny.pgl";
        in.trailers = List.of("Reported-by: Mauricio Faria de Oliveira <mfo@canonical.com>",
                "Link: https://lore.kernel.org/r/20220105233440.63361-1-mfo@canonical.test");
        return in;
    }

    @Test
    void replyFollowsTheRules() throws Exception {
        MailReply.Reply r = MailReply.compose(input());
        assertEquals(List.of(), r.violations());
        String text = r.text();
        assertTrue(text.startsWith("On Thu, 13 Jan 2022 13:47:05 +0800, Huang, Ying wrote:\n"
                + "> Whether is the following race possible?\n"), text);
        assertContains(text, "\n\nPagelab explored every interleaving of the scenario below (SC,\n"
                + "try_to_unmap_one=5.16). The shortest execution that fails has 2 steps\n"
                + "and ends in assert: the user reads the data the direct-IO read returned.\n\n"
                + "dio                          reclaim\n");
        assertContains(text, "\n1) Reclaim discards a page DIO still holds (critical)\n\n"
                + "   At step 2 (reclaim, try_to_unmap_one): try_to_unmap_one() only checks\n"
                + "   PageDirty(), which DIO sets at completion, long after gup-fast took\n");
        assertContains(text, "\n       if (page_ref_count(page) - 1 == page_mapcount(page) && !PageDirty(page))\n");
        assertContains(text, "\n   - either as in v2,\n   - or with the smp_mb() of v3 on arm64, where ptep_get_and_clear() is\n"
                + "     a relaxed xchg.\n");
        assertContains(text, "\n2) Fork is fine (note)\n\n   Nothing to see.\n");
        assertContains(text, "\nVerdicts:\n- SC, try_to_unmap_one=5.16: Sometimes (expected Sometimes), assert;\n"
                + "  1234 states, 0.1s\n- LKMM, try_to_unmap_one=v2: Never (expected Sometimes); 56 states, 3.4s\n");
        assertContains(text, "\nTo rerun it: ./pagelab check tiny.pgl\n\n"
                + "------------------------------- tiny.pgl -------------------------------\nC tiny\n"
                + "// a comment that is much too long for a mail line and must therefore be\n"
                + "// wrapped by the reflow\n");
        assertContains(text, "\n        int r1;\n        WRITE_ONCE(*y, 1);\n"); // tabs expanded, trailing blanks gone
        assertTrue(text.endsWith("--------------------------- end of tiny.pgl ----------------------------\n\n"
                + "Reported-by: Mauricio Faria de Oliveira <mfo@canonical.com>\n"
                + "Link: https://lore.kernel.org/r/20220105233440.63361-1-mfo@canonical.test\n"), text);
        for (String l : r.lines()) {
            assertTrue(PlainText.width(l) <= 80 && !l.contains("\t") && l.equals(l.stripTrailing()), l);
        }
    }

    private static void assertContains(String text, String part) {
        assertTrue(text.contains(part), () -> "missing:\n" + part + "\nin:\n" + text);
    }

    @Test
    void reflowFitsCommentsAsAReviewerWould() throws Exception {
        String text = """
                C c
                (*
                 * A header comment whose first line is a little too long for a mail body:
                 * it continues here.
                 *)
                P0(int *x)
                {
                    WRITE_ONCE(*x, 1);                                    /* aligned, short */
                    WRITE_ONCE(*x, 2);                  /* aligned, and far too long to stay at the end */
                }
                """;
        List<String> lines = ScenarioReflow.reflow("c.pgl", text, true);
        assertEquals(List.of("C c", "(*",
                " * A header comment whose first line is a little too long for a mail",
                " * body: it continues here.", " *)", "P0(int *x)", "{",
                "    WRITE_ONCE(*x, 1); /* aligned, short */",
                "    /* aligned, and far too long to stay at the end */",
                "    WRITE_ONCE(*x, 2);", "}"), lines);
    }

    @Test
    void reflowKeepsTheTokens() throws Exception {
        List<String> lines = ScenarioReflow.reflow("tiny.pgl", SCENARIO, true);
        assertEquals("P0:dio(int *x, int *y) { int r0; WRITE_ONCE(*x, 1); r0 = READ_ONCE(*y);", lines.get(3));
        assertEquals("    r0 = READ_ONCE(*y); r0 = READ_ONCE(*x); }", lines.get(4));
        // the reflowed text is the same scenario
        var a = org.pagelab.engine.lang.Parser.parseScenario("a", SCENARIO);
        var b = org.pagelab.engine.lang.Parser.parseScenario("b", String.join("\n", lines));
        assertEquals(a.threads().size(), b.threads().size());
        String tooWide = "C x\n#define LONG_NAME_FOR_A_CONSTANT_THAT_NOBODY_SHOULD_WRITE_LIKE_THIS_EVER_AGAIN_REALLY 1\n";
        ScenarioReflow.TooWideException e = assertThrows(ScenarioReflow.TooWideException.class,
                () -> ScenarioReflow.reflow("x.pgl", tooWide, true));
        assertEquals("x.pgl: a line of 87 columns that cannot be wrapped (#define LONG_NAME_FOR_A_CONSTANT_THAT_NO...);"
                + " mail lines are at most 80 columns: shorten it in the file", e.getMessage());
        String literal = "\"a message with quite a few words, long enough to pass the limit\"";
        List<String> str = ScenarioReflow.reflow("s.pgl", "C s\nP0() { assert(1 == 1, " + literal + "); }\n", true);
        assertEquals(List.of("C s", "P0() { assert(1 == 1,", "    " + literal + ");", "    }"), str,
                "a string literal is not broken");
    }

    @Test
    void emlRoundTrip() throws Exception {
        MailReply.Input in = input();
        MailReply.Reply r = MailReply.compose(in);
        EmlWriter.Headers h = new EmlWriter.Headers();
        h.from = "Reviewer <rev@example.org>";
        h.date = ZonedDateTime.parse("2022-01-14T09:00:00+01:00");
        byte[] eml = EmlWriter.write(r.text(), in.replyTo, h);
        String text = new String(eml, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("From: Reviewer <rev@example.org>\n"
                + "To: \"Huang, Ying\" <ying.huang@intel.com>\n"
                + "Cc: Minchan Kim <minchan@kernel.org>, Yu Zhao <yuzhao@google.com>,\n"
                + " Mauricio Faria de Oliveira <mfo@canonical.com>, linux-mm@kvack.org\n"
                + "Subject: Re: [PATCH v2] mm: fix race between MADV_FREE reclaim and blkdev\n direct IO read\n"
                + "Date: Fri, 14 Jan 2022 09:00:00 +0100\n"
                + "In-Reply-To: <87v8ylb3rq.fsf@yhuang6-desk2.test>\n"
                + "References: <20220105233440.63361-1-mfo@canonical.test>\n"
                + " <Ydz0yh6kR1VzWq9f@google.test> <Yd8l5Q0mV3g0zYgp@google.test>\n"
                + " <87v8ylb3rq.fsf@yhuang6-desk2.test>\n"
                + "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n\n"
                + "On Thu, 13 Jan 2022"), text);
        MailMessage back = MailReader.read("reply.eml", eml).get(0);
        assertEquals(r.text(), back.body());
        assertEquals("Re: [PATCH v2] mm: fix race between MADV_FREE reclaim and blkdev direct IO read", back.subject());
        assertEquals("<87v8ylb3rq.fsf@yhuang6-desk2.test>", back.inReplyTo());
        assertEquals(4, back.references().size());
        for (String l : text.split("\n")) {
            assertTrue(l.length() <= 80, "header and body lines fit: " + l);
        }
    }

    @Test
    void subjectsAndNewThreads() {
        assertEquals("Re: x", EmlWriter.replySubject("RE: re: x"));
        EmlWriter.Headers h = new EmlWriter.Headers();
        h.subject = "S1 under LKMM: J\u00e9r\u00f4me's case";
        h.to = "linux-mm@kvack.org";
        h.date = ZonedDateTime.parse("2022-01-14T09:00:00Z");
        String t = new String(EmlWriter.write("caf\u00e9\n", null, h), StandardCharsets.UTF_8);
        assertTrue(t.startsWith("To: linux-mm@kvack.org\nSubject: =?UTF-8?q?S1_under_LKMM=3A_J=C3=A9r=C3=B4me=27s_case?=\n"
                + "Date: Fri, 14 Jan 2022 09:00:00 +0000\nMIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\ncaf\u00e9\n"), t);
    }
}
