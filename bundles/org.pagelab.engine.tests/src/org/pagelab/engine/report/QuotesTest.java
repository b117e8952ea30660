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

    /** The S1 findings' terms: Huang's own words and nothing nested deeper than what he quoted. */
    @Test
    void deeperLevelsAreDroppedForTermsAlone() throws Exception {
        Quotes.Quoted q = Quotes.quote(huang(), Quotes.Mode.RELEVANT,
                List.of("PageDirty", "try_to_unmap_one", "smp_rmb", "shrink_page_list", "page_ref_freeze"),
                List.of("PageDirty() is still false: set_page_dirty_lock() runs only at DIO completion."),
                List.of());
        String text = String.join("\n", q.lines());
        assertTrue(maxDepth(q) <= Quotes.TERM_DEPTH, text);
        assertFalse(text.contains("!PageDirty(page)) {"), "the patch hunk Huang quoted 4 levels deep: " + text);
        assertFalse(text.contains("smp_rmb() between"), "Huang's own earlier words, 3 levels deep: " + text);
        assertTrue(text.contains(">         if (!PageDirty(page) && mapcount + 1 == count) {"), text);
        assertTrue(text.startsWith("On Thu, 13 Jan 2022 13:47:05 +0800, Huang, Ying wrote:\n"), text);
        assertRules(q);
    }

    /** Text a finding cites exactly is kept however deep, with the lines naming who wrote each level. */
    @Test
    void citedTextIsKeptAtAnyDepth() throws Exception {
        String yu = "Specifically, it seems to me get_page() and page_dup_rmap() in copy_present_pte() can happen in "
                + "any order, and if page_dup_rmap() is seen first, and direct io is holding a refcnt, this check "
                + "can still pass?";
        Quotes.Quoted q = Quotes.quote(huang(), Quotes.Mode.RELEVANT, List.of("copy_present_pte"),
                List.of("As Yu asked:\n\n  " + yu + "\n\nit can."), List.of());
        String expected = """
                On Thu, 13 Jan 2022 13:47:05 +0800, Huang, Ying wrote:
                > Minchan Kim <minchan@kernel.org> writes:
                >
                >> On Wed, Jan 12, 2022 at 09:46:23AM +0800, Huang, Ying wrote:
                >>
                >>> Yu Zhao <yuzhao@google.com> writes:
                >>>
                >>>> Out of curiosity, how does it work with COW in terms of reordering?
                >>>> Specifically, it seems to me get_page() and page_dup_rmap() in
                >>>> copy_present_pte() can happen in any order, and if page_dup_rmap()
                >>>> is seen first, and direct io is holding a refcnt, this check can
                >>>> still pass?
                """;
        assertEquals(expected, String.join("\n", q.lines()) + "\n");
        // the term alone does not reach 4 levels down
        Quotes.Quoted terms = Quotes.quote(huang(), Quotes.Mode.RELEVANT, List.of("copy_present_pte"), List.of(),
                List.of());
        assertFalse(String.join("\n", terms.lines()).contains("copy_present_pte"), terms.lines().toString());
        assertRules(q);
    }

    /** A cited line of the hunk 5 levels down: that line, 2 lines around it, the file and @@ lines. */
    @Test
    void citedHunkLineWithContext() throws Exception {
        Quotes.Quoted q = Quotes.quote(huang(), Quotes.Mode.RELEVANT, List.of(),
                List.of("v2 reads\n\n    int map_count = page_mapcount(page);\n\nafter the reference count."),
                List.of());
        String text = String.join("\n", q.lines());
        assertTrue(text.endsWith("""
                >>>>> diff --git a/mm/rmap.c b/mm/rmap.c
                >>>>> @@ -1570,7 +1570,20 @@ static bool try_to_unmap_one(struct page [...]
                >>>>> [...]
                >>>>> -                         if (!PageDirty(page)) {
                >>>>> +                         int ref_count = page_ref_count(page);
                >>>>> +                         int map_count = page_mapcount(page);
                >>>>> +
                >>>>> +                         /*"""), text);
        assertTrue(text.contains("\n>>>> On Wed, Jan 05, 2022 at 08:34:40PM -0300, Mauricio Faria de\n"
                + ">>>> Oliveira wrote:\n"), "who wrote each level: " + text);
        assertTrue(text.contains("\n>>> Yu Zhao <yuzhao@google.com> writes:\n"), text);
        assertFalse(text.contains("index 163ac4e6bcee"), "the diff's other header lines are left out: " + text);
        assertRules(q);
    }

    /**
     * The patch itself: the hunk lines with the terms in code (not in
     * comments), 2 lines around them (a cut of one line is not worth its
     * [...]), [...] for the comment cut out.
     */
    @Test
    void hunkTrimmedToTheLinesTheFindingsReferTo() throws Exception {
        MailMessage patch = MailReader.read(ReportData.data("s1-thread.mbox")).get(0);
        Quotes.Quoted q = Quotes.quote(patch, Quotes.Mode.RELEVANT, List.of("PageDirty", "shrink_page_list"),
                List.of(), List.of());
        String expected = """
                On Wed, 5 Jan 2022 20:34:40 -0300, Mauricio Faria de Oliveira wrote:
                > diff --git a/mm/rmap.c b/mm/rmap.c
                > @@ -1570,7 +1570,20 @@ static bool try_to_unmap_one(struct page *page, [...]
                >
                >                       /* MADV_FREE page check */
                >                       if (!PageSwapBacked(page)) {
                > -                             if (!PageDirty(page)) {
                > +                             int ref_count = page_ref_count(page);
                > +                             int map_count = page_mapcount(page);
                > [...]
                > +                             smp_rmb();
                > +                             if ((ref_count - 1 == map_count) &&
                > +                                 !PageDirty(page)) {
                >                                       /* Invalidate as we cleared the pte */
                >                                       mmu_notifier_invalidate_range(mm,
                >                                               address, address + PAGE_SIZE);
                """;
        assertEquals(expected, String.join("\n", q.lines()) + "\n");
        assertEquals(List.of("PageDirty"), q.matched(), "shrink_page_list is only in a comment");
        assertRules(q);
        // a hunk whose @@ line names a function the findings are about: what it changes
        Quotes.Quoted fn = Quotes.quote(patch, Quotes.Mode.RELEVANT, List.of("try_to_unmap_one"), List.of(),
                List.of());
        String text = String.join("\n", fn.lines());
        assertTrue(text.contains("> -                             if (!PageDirty(page)) {"), text);
        assertTrue(text.contains("> +                             smp_rmb();"), text);
    }

    /** The quoting depth of the deepest line (">>> x" is 3). */
    static int maxDepth(Quotes.Quoted q) {
        int max = 0;
        for (String l : q.lines()) {
            int d = 0;
            while (d < l.length() && l.charAt(d) == '>') {
                d++;
            }
            max = Math.max(max, d);
        }
        return max;
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
        assertTrue(text.contains(">>>>> @@ -1570,7 +1570,20 @@ static bool try_to_unmap_one(struct page [...]\n"),
                "a quoted line over 80 columns is cut after a word and marked: " + text);
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
