package org.pagelab.engine.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pagelab.engine.explore.ExploreResult;
import org.pagelab.engine.sem.Scenarios;

/** Each built-in MM invariant is caught, by name, on a minimal breach. */
class InvariantsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            refcount-negative      | page_remove_rmap(P);
            use-after-free         | put_page(P); get_page(P);
            use-after-free         | __dma_write(P, 3); put_page(P); __dma_write(P, 4);
            bad-page-free          | __free_page(P);
            dirty-data-lost        | clear_bit(PG_discardable, &P->flags); SetPageDirty(P); put_page(P);
            bug                    | get_page(zero_page);
            oops                   | struct page *n = NULL; get_page(n);
            """)
    void caught(String name, String body) throws Exception {
        String text = "C t\nimport mm;\n#define BUF 0x1000\nsetup {\n"
                + "struct mm_struct *mm = mm_alloc();\nstruct vm_area_struct *vma = mmap_anon(mm, BUF, 1);\n"
                + "user_write(mm, BUF, 1);\nstruct page *P = page_at(mm, BUF);\nget_page(P);\n"
                + "zap_page_range(vma, BUF, BUF + PAGE_SIZE);\n}\n"
                + "P0:t(struct mm_struct *mm, struct page *P, struct vm_area_struct *vma) {\n" + body + "\n}\n"
                + "exists (violation(" + name + "))\n";
        ExploreResult r = Scenarios.explore(text);
        assertFalse(r.violations().isEmpty(), "no violation for: " + body);
        assertEquals(name, r.violations().get(0).violation(), r.violations().get(0).message());
    }
}
