package org.pagelab.engine.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pagelab.engine.explore.Trace;
import org.pagelab.engine.explore.Trace.FieldView;
import org.pagelab.engine.explore.Trace.ObjectView;
import org.pagelab.model.MmStates;
import org.pagelab.model.mm.MMState;
import org.pagelab.model.mm.MmPackage;
import org.pagelab.model.mm.Page;
import org.pagelab.model.mm.PageFlag;
import org.pagelab.model.mm.Pte;
import org.pagelab.model.mm.PteKind;
import org.pagelab.model.mm.ThreadStatus;
import org.pagelab.model.mm.VmaKind;
import org.pagelab.model.mm.VmFlag;

/** The engine's per-step state (cells printed the way traces print them) as the EMF model. */
class TraceStatesTest {
    private static final int PTR = 0x4000_0000;

    private static FieldView f(String name, int value, String text) {
        return new FieldView(name, value, text);
    }

    private static FieldView n(String name, int value) {
        return new FieldView(name, value, Integer.toString(value));
    }

    /** S1 after reclaim discarded the PTE while the DIO holds a reference. */
    static Trace.StateView s1(int refcount, String pte, String flags) {
        ObjectView page = new ObjectView(0, "page", "P", List.of(n("_refcount", refcount), n("_mapcount", pte.startsWith("present") ? 0 : -1),
                f("flags", 0, flags), f("mapping", 0, "0"), f("anon_vma", PTR + 40, "av0"), n("index", 0), n("private", 0),
                n("data", 7), n("pfn", 0x1a2b3), f("compound_head", 0, "0"), n("order", 0)));
        ObjectView zero = new ObjectView(1, "page", "zero_page", List.of(n("_refcount", 1), n("_mapcount", -1),
                f("flags", 0, "uptodate|reserved|zero"), n("pfn", 1), n("data", 0)));
        ObjectView mm = new ObjectView(2, "mm_struct", "mm0", List.of(n("mmap_lock", 1), f("pmds[0]", PTR + 30, "mm0-pmd-0"),
                f("pmds[1]", 0, "0"), f("vmas[0]", PTR + 20, "buf"), f("vmas[1]", 0, "0"), n("nr_vmas", 1), n("rss_anon", 1), n("pid", 42)));
        ObjectView vma = new ObjectView(3, "vm_area_struct", "buf", List.of(f("vm_start", 0x1000, "0x1000"),
                f("vm_end", 0x2000, "0x2000"), f("vm_flags", 0x33, "0x33"), f("vm_mm", PTR + 10, "mm0"), f("vm_file", 0, "0"),
                n("vm_pgoff", 1), f("anon_vma", PTR + 40, "av0")));
        ObjectView pmd = new ObjectView(4, "pmd", "mm0-pmd-0", List.of(f("pmd", 0x400, "table"), f("ptl", 1, "held by reclaim"),
                f("addr", 0, "0x0"), f("mm", PTR + 10, "mm0"), f("pte[0]", 0, "none"), f("pte[1]", 0x1a2b3007, pte),
                f("pte[2]", 0x21, "present|special page=zero_page"), f("pte[3]", 0x40, "swap:1|uffd-wp")));
        ObjectView av = new ObjectView(5, "anon_vma", "av0", List.of(f("vmas[0]", PTR + 20, "buf"), n("nr", 1)));
        ObjectView swap = new ObjectView(6, "swap_info_struct", "swap", List.of(n("swap_map[0]", 0), n("swap_map[1]", 1),
                n("data[0]", 0), n("data[1]", 5), f("cache[0]", 0, "0"), f("cache[1]", 0, "0")));
        ObjectView x = new ObjectView(7, "int", "x", List.of(n("value", 3)));
        return new Trace.StateView(List.of(page, zero, mm, vma, pmd, av, swap, x),
                List.of(new Trace.ThreadView(0, "dio", "running", "dma_write", 12, List.of("blkdev_direct_IO_read", "dma_write"), Map.of("r0", 1)),
                        new Trace.ThreadView(1, "reclaim", "finished", null, 0, List.of(), Map.of())));
    }

    static Trace trace() {
        Trace.StateView before = s1(2, "present|write page=P", "uptodate|lru|anon");
        Trace.StateView after = s1(1, "none", "uptodate|anon");
        Trace.Step step = new Trace.Step(0, 1, "reclaim", "try_to_unmap_one", List.of("shrink_page_list", "try_to_unmap_one"),
                "s1.pgl", 30, 5, "xchg pte", "relaxed", "pte-0x1000", "present|write page=P",
                List.of(new Trace.Change("pte", "mm0-pte-0x1000", "value", 0x1a2b3007, 0, "present|write page=P", "none"),
                        new Trace.Change("page", "P", "_refcount", 2, 1, "2", "1"),
                        new Trace.Change("page", "P", "flags", 0, 0, "uptodate|lru|anon", "uptodate|anon"),
                        new Trace.Change("int", "x", "value", 2, 3, "2", "3")),
                after, null, null);
        return new Trace("s1-test", "s1.pgl", "sc", "violation", "lost-data", "the user reads 0", List.of("dio", "reclaim"),
                Map.of("try_to_unmap_one", "5.16"), before, List.of(step), -1);
    }

    @Test
    void pagesCountsAndFlagsComeFromTheCells() {
        MMState s = TraceStates.initial(trace()).state();
        Page p = s.getPages().get(0);
        assertEquals("P", p.getName());
        assertEquals(0x1a2b3, p.getPfn());
        assertEquals(2, p.getRefcount());
        assertEquals(1, p.getMapcount(), "_mapcount is -1 based");
        assertEquals(List.of(PageFlag.UPTODATE, PageFlag.LRU, PageFlag.ANON), p.getFlags());
        assertEquals("buf", p.getAnonVma().getName(), "anon_vma -> its VMA");
        assertEquals("7", p.getData());
        assertTrue(s.getPages().get(1).getFlags().contains(PageFlag.ZERO_PAGE));
    }

    @Test
    void addressSpaceWithDecodedPtes() {
        MMState s = TraceStates.initial(trace()).state();
        var mm = s.getMms().get(0);
        assertEquals(42, mm.getPid());
        assertEquals("1 reader", mm.getMmapLock().getHolders().get(0));
        var vma = mm.getVmas().get(0);
        assertEquals(0x1000, vma.getStart());
        assertEquals(VmaKind.ANONYMOUS, vma.getKind());
        assertEquals(List.of(VmFlag.READ, VmFlag.WRITE, VmFlag.MAYREAD, VmFlag.MAYWRITE), vma.getFlags());
        var pmd = mm.getPmds().get(0);
        assertEquals("reclaim", pmd.getPtl().getHolders().get(0));
        List<Pte> ptes = pmd.getPtes();
        assertEquals(4, ptes.size());
        assertEquals(PteKind.NONE, ptes.get(0).getKind());
        Pte present = ptes.get(1);
        assertEquals(0x1000, present.getAddress());
        assertEquals(PteKind.PRESENT, present.getKind());
        assertSame(s.getPages().get(0), present.getPage());
        assertTrue(present.isWrite());
        assertFalse(present.isDirty());
        assertEquals(PteKind.ZERO_PAGE, ptes.get(2).getKind());
        assertEquals(PteKind.SWAP, ptes.get(3).getKind());
        assertTrue(ptes.get(3).isUffdWp());
        assertEquals("5", ptes.get(3).getSwapSlot().getData());
        assertEquals("x", s.getValues().get(0).getName());
        assertEquals("3", s.getValues().get(0).getValue());
        assertEquals(ThreadStatus.DONE, s.getThreads().get(1).getStatus());
        assertEquals(List.of("blkdev_direct_IO_read", "dma_write"), s.getThreads().get(0).getStack());
    }

    @Test
    void aStepsChangesPointAtModelObjectsAndFeatures() {
        TraceStates.Converted c = TraceStates.afterStep(trace(), 0);
        Page p = c.state().getPages().get(0);
        assertEquals(1, p.getRefcount());
        Pte pte = c.state().getMms().get(0).getPmds().get(0).getPtes().get(1);
        assertEquals(PteKind.NONE, pte.getKind());
        assertTrue(c.changes().get(p).contains(MmPackage.Literals.PAGE__REFCOUNT));
        assertTrue(c.changes().get(p).contains(MmPackage.Literals.PAGE__FLAGS));
        assertNotNull(c.changes().get(pte), "the PTE that went none is highlighted");
        assertNotNull(c.changes().get(c.state().getValues().get(0)));
        assertEquals(1, c.state().getStep());
        assertTrue(c.state().getDescription().contains("after step 1 of 1"));
    }

    @Test
    void convertedStatesSaveAndLoad(@TempDir Path dir) throws Exception {
        for (TraceStates.Converted c : TraceStates.all(trace())) {
            Path f = dir.resolve("step" + c.state().getStep() + ".mmstate");
            MmStates.save(c.state(), f);
            assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.equals(c.state(), MmStates.load(f)));
        }
    }
}
