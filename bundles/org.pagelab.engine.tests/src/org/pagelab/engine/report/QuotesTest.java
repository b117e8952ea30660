package org.pagelab.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pagelab.engine.report.mail.MailMessage;
import org.pagelab.engine.report.mail.MailReader;

class QuotesTest {
    private static MailMessage huang() throws Exception {
        return MailReader.read(ReportData.data("s1-huang-ying.eml")).get(0);
    }

    @Test
    void keepsWhatTheReplyIsAbout() throws Exception {
        Quotes.Quoted q = Quotes.quote(huang(), Quotes.Mode.RELEVANT, List.of("zap_pte_range", "page_mapcount"),
                List.of());
        String expected = """
                On Thu, 13 Jan 2022 13:47:05 +0800, Huang, Ying wrote:
                > Whether is the following race possible?
                >
                > CPU0/Process A                  CPU1/Process B
                > --------------                  --------------
                > try_to_unmap_one
                >   page_mapcount()
                >                                 zap_pte_range()
                >                                   page_remove_rmap()
                >                                     atomic_add_negative(-1, &page->_mapcount)
                >                                   tlb_flush_mmu()
                >                                     ...
                >                                       put_page_testzero()
                >   page_count()
                >
                > [...]
                >
                > So, if the above race is possible, we need to guarantee to read
                > page_count() before page_mapcount(). That is, something as follows,
                >
                >         count = page_count();
                >         smp_rmb();
                >         mapcount = page_mapcount();
                >         if (!PageDirty(page) && mapcount + 1 == count) {
                >                 ...
                >         }
                """;
        assertEquals(expected, String.join("\n", q.lines()) + "\n");
        assertEquals(List.of("zap_pte_range", "page_mapcount"), q.matched());
        assertRules(q);
    }

    @Test
    void nestedQuotesOnlyForTermsTheAuthorDidNotUse() throws Exception {
        Quotes.Quoted q = Quotes.quote(huang(), Quotes.Mode.RELEVANT, List.of("copy_present_pte"), List.of());
        String text = String.join("\n", q.lines());
        assertTrue(text.contains(">>>> copy_present_pte() can happen in any order, and if page_dup_rmap()"), text);
        assertTrue(text.contains("> Minchan Kim <minchan@kernel.org> writes:"), "the nested attribution: " + text);
        assertFalse(text.contains("CPU0/Process A"), text);
        assertRules(q);
    }

    @Test
    void withoutMatchesTheOpeningParagraph() throws Exception {
        Quotes.Quoted q = Quotes.quote(huang(), Quotes.Mode.RELEVANT, Set.of("nothing_like_this"), List.of());
        assertEquals(List.of("On Thu, 13 Jan 2022 13:47:05 +0800, Huang, Ying wrote:",
                "> Minchan Kim <minchan@kernel.org> writes:"), q.lines());
    }

    @Test
    void allModeKeepsRulesAndDropsTheSignature() throws Exception {
        Quotes.Quoted q = Quotes.quote(huang(), Quotes.Mode.ALL, List.of(), List.of());
        String text = String.join("\n", q.lines());
        assertFalse(text.contains("Best Regards"), "signature dropped");
        assertFalse(text.contains("\t"));
        assertTrue(text.contains(">>>>> @@ -1570,7 +1570,20 @@ static bool try_to_unmap_one(struct page *pag [...]"),
                "a quoted line over 80 columns is cut and marked");
        assertRules(q);
    }

    @Test
    void explicitLineRanges() throws Exception {
        MailMessage m = MailReader.read("x.eml",
                "From: A <a@b>\n\none\ntwo\n\nthree\nfour\n\nfive\n".getBytes(StandardCharsets.UTF_8)).get(0);
        Quotes.Quoted q = Quotes.quote(m, Quotes.Mode.NONE, List.of(), List.of(new int[] {4, 5}, new int[] {7, 7}));
        assertEquals(List.of("A wrote:", "> three four", ">", "> five"), q.lines());
        assertEquals(List.of("A wrote:"), Quotes.quote(m, Quotes.Mode.NONE, List.of("one"), List.of()).lines());
    }

    @Test
    void identifiersFromFindingText() {
        assertEquals(Set.of("try_to_unmap_one", "page_count", "PageDirty", "smp_mb"),
                Quotes.identifiers("try_to_unmap_one() reads page_count() before PageDirty without smp_mb(); "
                        + "the DIO page is then lost."));
    }

    static void assertRules(Quotes.Quoted q) {
        List<PlainText.Violation> v = PlainText.check(q.lines(), i -> q.wide().get(i));
        assertTrue(v.isEmpty(), v.toString());
    }
}
