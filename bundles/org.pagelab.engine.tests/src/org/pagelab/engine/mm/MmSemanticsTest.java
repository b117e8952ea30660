package org.pagelab.engine.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pagelab.engine.explore.ExploreResult;
import org.pagelab.engine.lang.Ast.Verdict;
import org.pagelab.engine.sem.Scenarios;

/**
 * What the kernel model library does, one thread at a time: each scenario's
 * condition must always hold (forall) and no violation may occur.
 */
class MmSemanticsTest {

    static void always(String setup, String thread, String condition) throws Exception {
        String text = "C t\nimport mm;\n#define BUF 0x1000\nsetup {\n" + setup + "\n}\nP0:t(struct mm_struct *mm) {\n"
                + thread + "\n}\nforall (" + condition + ")\n";
        ExploreResult r = Scenarios.explore(text);
        assertTrue(r.violations().isEmpty(), () -> r.violations().get(0).violation() + ": " + r.violations().get(0).message());
        assertEquals(Verdict.ALWAYS, r.verdict(), text);
    }

    static final String ANON = "struct mm_struct *mm = mm_alloc();\nstruct vm_area_struct *vma = mmap_anon(mm, BUF, 1);";

    @Test
    void readFaultMapsTheZeroPageAndReadsZero() throws Exception {
        always(ANON, "int r = user_read(mm, BUF);", "0:r=0 /\\ zero_page->_refcount=1");
    }

    @Test
    void writeFaultAllocatesAnExclusiveDirtyAnonPage() throws Exception {
        always(ANON, "user_write(mm, BUF, 5); struct page *p = page_at(mm, BUF); int rc = page_count(p);"
                + " int mc = page_mapcount(p); int d = user_read(mm, BUF);",
                "0:rc=1 /\\ 0:mc=1 /\\ 0:d=5 /\\ mm->rss_anon=1");
    }

    @Test
    void writeAfterReadFaultBreaksCowOfTheZeroPage() throws Exception {
        always(ANON, "user_read(mm, BUF); user_write(mm, BUF, 3); struct page *p = page_at(mm, BUF);"
                + " int z = (p == zero_page);", "0:z=0 /\\ zero_page->_mapcount=-1");
    }

    @Test
    void forkSharesAndWriteProtectsThenCowCopies() throws Exception {
        always(ANON + "\nuser_write(mm, BUF, 7);\nstruct page *P = page_at(mm, BUF);\n"
                + "struct mm_struct *child = fork_mm(mm, vma);",
                "int before = page_mapcount(P); user_write(mm, BUF, 8); struct page *n = page_at(mm, BUF);"
                        + " int copied = (n != P); int cd = user_read(child, BUF);",
                "0:before=2 /\\ 0:copied=1 /\\ 0:cd=7 /\\ P->_mapcount=0");
    }

    @Test
    void madvFreeCleansAndReclaimDiscardsTheCleanPage() throws Exception {
        always(ANON + "\nuser_write(mm, BUF, 1);\ndo_madvise(mm, BUF, PAGE_SIZE, MADV_FREE);\n"
                + "struct page *P = page_at(mm, BUF);",
                "int lazy = !PageSwapBacked(P) && !PageDirty(P); int freed = reclaim_page(P); int r = user_read(mm, BUF);",
                "0:lazy=1 /\\ 0:freed=1 /\\ 0:r=0");
    }

    @Test
    void reclaimKeepsALazyfreePageRedirtiedByTheUser() throws Exception {
        always(ANON + "\nuser_write(mm, BUF, 1);\ndo_madvise(mm, BUF, PAGE_SIZE, MADV_FREE);\n"
                + "struct page *P = page_at(mm, BUF);",
                "user_write(mm, BUF, 4); int freed = reclaim_page(P); int r = user_read(mm, BUF);",
                "0:freed=0 /\\ 0:r=4");
    }

    @Test
    void gupTakesAReferenceAndPinsCountTheBias() throws Exception {
        always(ANON + "\nuser_write(mm, BUF, 1);\nstruct page *P = page_at(mm, BUF);",
                "struct page *g = get_user_page_fast(mm, BUF, FOLL_WRITE); int a = page_count(P);"
                        + " struct page *q = pin_user_page_fast(mm, BUF, FOLL_WRITE); int b = page_count(P);"
                        + " int pinned = page_maybe_dma_pinned(P); unpin_user_page(q); put_page(g); int c = page_count(P);",
                "0:a=2 /\\ 0:b=1026 /\\ 0:pinned=1 /\\ 0:c=1");
    }

    @Test
    void thpSplitMovesTheDirtyBitToTheHeadPage() throws Exception {
        String thp = ANON.replace("mmap_anon(mm, BUF, 1)", "mmap_anon(mm, 0x4000, 4)")
                + "\nvma->vm_flags = vma->vm_flags | VM_HUGEPAGE;\nuser_write(mm, 0x4000, 1);";
        always(thp, "struct page *h = page_at(mm, 0x4000); __split_huge_pmd(find_vma(mm, 0x4000), pmd_off(mm, 0x4000), 0x4000);"
                + " struct page *s = page_at(mm, 0x5000); int hd = PageDirty(h); int pd = pte_dirty(ptep_get(pte_offset_map(pmd_off(mm, 0x5000), 0x5000)));"
                + " int sub = (s != h);", "0:hd=1 /\\ 0:pd=0 /\\ 0:sub=1");
    }

    @Test
    void shmemSwapOutKeepsTheDataInSwapAndPunchHoleDropsIt() throws Exception {
        always("struct mm_struct *mm = mm_alloc();\nstruct address_space *f = file_create(1, AS_SHMEM);\n"
                + "struct vm_area_struct *vma = mmap_file(mm, f, BUF, 1, VM_READ | VM_WRITE | VM_SHARED);\n"
                + "user_write(mm, BUF, 6);\nstruct page *P = page_at(mm, BUF);",
                "int out = shmem_reclaim_page(P); int inswap = shmem_file_data(f, 0); int back = user_read(mm, BUF);"
                        + " shmem_punch_hole(f, 0, 1); int hole = shmem_file_data(f, 0);",
                "0:out=1 /\\ 0:inswap=6 /\\ 0:back=6 /\\ 0:hole=0 /\\ f->nrpages=0");
    }
}
