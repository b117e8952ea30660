package org.pagelab.engine.mm;

import java.util.ArrayList;
import java.util.List;

import org.pagelab.engine.sem.Annot;
import org.pagelab.engine.sem.Builtin;
import org.pagelab.engine.sem.Heap;
import org.pagelab.engine.sem.Memory;
import org.pagelab.engine.sem.Program;
import org.pagelab.engine.sem.RmwOp;
import org.pagelab.engine.sem.SetupExtension;
import org.pagelab.engine.sem.StructType;

/**
 * What the MM model does in Java rather than in the scenario language: the
 * hardware (the MMU's page walk with its accessed/dirty updates, a device's
 * DMA), and the page allocator (per-thread pools of free pages, so that two
 * CPUs allocating never conflict, like per-CPU free lists).
 */
public final class MmBuiltins {
    private MmBuiltins() {
    }

    /** What __mmu_access returns when the access faults. */
    public static final int MMU_FAULT = Integer.MIN_VALUE;

    /** Per-thread pools: the cursor cell and the pages of each thread. */
    static final class Pools {
        int[] cursor;
        int[][] pages;
    }

    private abstract static class B implements Builtin {
        private final String name;
        private final int arity;
        private final boolean visible;
        private final String returns;

        B(String name, int arity, boolean visible, String returns) {
            this.name = name;
            this.arity = arity;
            this.visible = visible;
            this.returns = returns;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int arity() {
            return arity;
        }

        @Override
        public boolean visible() {
            return visible;
        }

        @Override
        public String returns() {
            return returns;
        }

        static MmLayout layout(Context ctx) {
            MmLayout l = MmLayout.of(ctx.program());
            if (l == null) {
                throw ctx.violation("oops", "this needs the MM model: add 'import mm;'");
            }
            return l;
        }

        static int cell(Context ctx, int ptr, String what) {
            if (ptr == 0) {
                throw ctx.violation("oops", "NULL pointer dereference (" + what + ")");
            }
            int c = ptr - Heap.PTR_BASE;
            if (c < 0 || c >= ctx.program().heapSize()) {
                throw ctx.violation("oops", "bad pointer " + ptr + " (" + what + ")");
            }
            return c;
        }
    }

    /** alloc_page(): a free page from the thread's pool (setup: a new page), refcount 1; NULL when none is left. */
    static final Builtin ALLOC = new B("__alloc_page", 0, true, "struct page *") {
        @Override
        public boolean allocatesFromPool() {
            return true;
        }

        @Override
        public String[] writesFields() {
            return new String[] {"page.*"};
        }

        @Override
        public int invoke(Context ctx, int[] args) {
            MmLayout l = layout(ctx);
            Memory m = ctx.memory();
            int base;
            if (ctx.setup()) {
                Heap.Obj o = ctx.allocate(l.page, 0);
                base = o.base;
                m.store(base + l.pPfn, o.id, Annot.PLAIN, ctx.insn());
            } else {
                Pools pools = ctx.program().extension(Pools.class, () -> null);
                int t = ctx.tid();
                if (pools == null || t >= pools.cursor.length || pools.pages[t].length == 0) {
                    return 0;
                }
                int k = m.load(pools.cursor[t], Annot.PLAIN, ctx.insn());
                if (k >= pools.pages[t].length) {
                    return 0; // the allocation fails, as alloc_page() can
                }
                m.store(pools.cursor[t], k + 1, Annot.PLAIN, ctx.insn());
                base = pools.pages[t][k];
            }
            m.store(base + l.pRef, 1, Annot.PLAIN, ctx.insn());
            m.store(base + l.pMap, -1, Annot.PLAIN, ctx.insn());
            m.store(base + l.pFlags, 0, Annot.PLAIN, ctx.insn());
            m.store(base + l.pMapping, 0, Annot.PLAIN, ctx.insn());
            m.store(base + l.pAnonVma, 0, Annot.PLAIN, ctx.insn());
            m.store(base + l.pIndex, 0, Annot.PLAIN, ctx.insn());
            m.store(base + l.pPrivate, 0, Annot.PLAIN, ctx.insn());
            m.store(base + l.pData, 0, Annot.PLAIN, ctx.insn());
            return Heap.PTR_BASE + base;
        }
    };

    /**
     * __free_pages_ok(): returns a page to the allocator in one step
     * (free_pages_prepare: flags and mapping cleared, PageBuddy set). The
     * built-in checks judge it (bad page state, freed while mapped, dirty
     * data dropped).
     */
    static final Builtin FREE = new B("__free_page", 1, true, "void") {
        @Override
        public Footprint footprint() {
            return Footprint.FIRST_ARGUMENT;
        }

        @Override
        public String[] writesFields() {
            return new String[] {"page.*"};
        }

        @Override
        public int invoke(Context ctx, int[] args) {
            MmLayout l = layout(ctx);
            int base = cell(ctx, args[0], "__free_page");
            Memory m = ctx.memory();
            m.store(base + l.pFlags, l.pgBuddy, Annot.PLAIN, ctx.insn());
            m.store(base + l.pMapping, 0, Annot.PLAIN, ctx.insn());
            m.store(base + l.pAnonVma, 0, Annot.PLAIN, ctx.insn());
            m.store(base + l.pPrivate, 0, Annot.PLAIN, ctx.insn());
            return 0;
        }
    };

    /** pfn_to_page(): pure arithmetic in the kernel (vmemmap), a table lookup here; NULL for a bad pfn. */
    static final Builtin PFN_TO_PAGE = new B("pfn_to_page", 1, false, "struct page *") {
        @Override
        public int invoke(Context ctx, int[] args) {
            int c = layout(ctx).pageCell(args[0]);
            return c < 0 ? 0 : Heap.PTR_BASE + c;
        }
    };

    /**
     * The MMU: one user access at addr in mm, as the hardware does it in one
     * go: walk the PMD and the PTE, fault (return MMU_FAULT) if not present
     * or not writable for a write, set the accessed (and dirty) bits with an
     * atomic update, then read or write the page's data.
     */
    static final Builtin MMU = new B("__mmu_access", 4, true, "int") {
        @Override
        public Footprint footprint() {
            return Footprint.PAGE_TABLES;
        }

        @Override
        public String[] writesFields() {
            return new String[] {"pmd.pmd", "pmd.pte", "page.data", "page.flags"};
        }

        @Override
        public int invoke(Context ctx, int[] args) {
            MmLayout l = layout(ctx);
            Memory m = ctx.memory();
            int mmc = cell(ctx, args[0], "mm");
            int addr = args[1];
            boolean write = args[2] != 0;
            int idx = addr >>> l.pmdShift;
            if (addr < 0 || idx >= l.maxPmds) {
                return MMU_FAULT;
            }
            int pmdPtr = m.peek(mmc + l.mPmds + idx);
            if (pmdPtr == 0) {
                return MMU_FAULT;
            }
            int pc = pmdPtr - Heap.PTR_BASE;
            int pv = m.load(pc + l.dPmd, Annot.ONCE, ctx.insn());
            int entryCell;
            int entry;
            int page;
            if ((pv & l.present) != 0 && (pv & l.pse) != 0) {
                entryCell = pc + l.dPmd;
                entry = pv;
                int sub = (addr >>> l.pageShift) & (l.ptrsPerPte - 1);
                page = l.pageCell((pv >>> l.pfnShift) + sub);
            } else if ((pv & l.table) != 0) {
                entryCell = pc + l.dPte + ((addr >>> l.pageShift) & (l.ptrsPerPte - 1));
                entry = m.load(entryCell, Annot.ONCE, ctx.insn());
                if ((entry & l.present) == 0) {
                    return MMU_FAULT;
                }
                page = l.pageCell(entry >>> l.pfnShift);
            } else {
                return MMU_FAULT;
            }
            if (write && (entry & l.rw) == 0) {
                return MMU_FAULT;
            }
            if (page < 0) {
                throw ctx.violation("oops", "the PTE for 0x" + Integer.toHexString(addr) + " maps pfn "
                        + (entry >>> l.pfnShift) + ", which has no struct page");
            }
            int bits = l.accessed | (write ? l.dirty : 0);
            if ((entry & bits) != bits) {
                m.rmw(entryCell, RmwOp.OR, bits, 0, Annot.RELAXED, ctx.insn());
            }
            int flags = m.load(page + l.pFlags, Annot.ONCE, ctx.insn());
            if ((flags & l.pgBuddy) != 0) {
                throw ctx.violation("use-after-free", "user " + (write ? "write to" : "read of") + " 0x"
                        + Integer.toHexString(addr) + " reaches " + ctx.program().heap().object(
                                ctx.program().heap().ownerOf(page)).name() + ", which was freed");
            }
            if (write) {
                m.store(page + l.pData, args[3], Annot.PLAIN, ctx.insn());
                if ((flags & l.pgDiscardable) != 0) {
                    m.rmw(page + l.pFlags, RmwOp.ANDNOT, l.pgDiscardable, 0, Annot.RELAXED, ctx.insn());
                }
                return args[3];
            }
            return m.load(page + l.pData, Annot.PLAIN, ctx.insn());
        }
    };

    /** A THP: HPAGE_PMD_NR consecutive pages (setup only; threads get NULL and fall back to small pages). */
    static final Builtin ALLOC_THP = new B("__alloc_thp", 0, true, "struct page *") {
        @Override
        public Footprint footprint() {
            return Footprint.POOL;
        }

        @Override
        public String[] writesFields() {
            return new String[] {"page.*"};
        }

        @Override
        public int invoke(Context ctx, int[] args) {
            MmLayout l = layout(ctx);
            if (!ctx.setup()) {
                return 0;
            }
            Integer nr = ctx.program().constant("HPAGE_PMD_NR");
            Memory m = ctx.memory();
            int head = -1;
            for (int i = 0; i < (nr == null ? 4 : nr); i++) {
                Heap.Obj o = ctx.allocate(l.page, 0);
                m.store(o.base + l.pPfn, o.id, Annot.PLAIN, ctx.insn());
                m.store(o.base + l.pMap, -1, Annot.PLAIN, ctx.insn());
                if (head < 0) {
                    head = o.base;
                    m.store(o.base + l.pRef, 1, Annot.PLAIN, ctx.insn());
                    m.store(o.base + l.page.field("order").offset(), 2, Annot.PLAIN, ctx.insn());
                    m.store(o.base + l.pFlags, 1 << ctx.program().constant("PG_head"), Annot.PLAIN, ctx.insn());
                    m.store(o.base + l.page.field("compound_mapcount").offset(), -1, Annot.PLAIN, ctx.insn());
                } else {
                    m.store(o.base + l.page.field("compound_head").offset(), Heap.PTR_BASE + head, Annot.PLAIN,
                            ctx.insn());
                }
            }
            return Heap.PTR_BASE + head;
        }
    };

    /** A device writes the page by DMA (no MMU, no PTE, no dirty bit). */
    static final Builtin DMA_WRITE = new B("__dma_write", 2, true, "void") {
        @Override
        public Footprint footprint() {
            return Footprint.FIRST_ARGUMENT;
        }

        @Override
        public String[] writesFields() {
            return new String[] {"page.data", "page.flags"};
        }

        @Override
        public int invoke(Context ctx, int[] args) {
            MmLayout l = layout(ctx);
            Memory m = ctx.memory();
            int page = cell(ctx, args[0], "DMA target");
            int flags = m.load(page + l.pFlags, Annot.ONCE, ctx.insn());
            if ((flags & l.pgBuddy) != 0) {
                throw ctx.violation("use-after-free", "the device writes "
                        + ctx.program().heap().objectAt(page).name() + ", which was freed");
            }
            m.store(page + l.pData, args[1], Annot.PLAIN, ctx.insn());
            if ((flags & l.pgDiscardable) != 0) {
                m.rmw(page + l.pFlags, RmwOp.ANDNOT, l.pgDiscardable, 0, Annot.RELAXED, ctx.insn());
            }
            return 0;
        }
    };

    /** A device reads the page by DMA. */
    static final Builtin DMA_READ = new B("__dma_read", 1, true, "int") {
        @Override
        public Footprint footprint() {
            return Footprint.FIRST_ARGUMENT;
        }

        @Override
        public int invoke(Context ctx, int[] args) {
            MmLayout l = layout(ctx);
            Memory m = ctx.memory();
            int page = cell(ctx, args[0], "DMA source");
            int flags = m.load(page + l.pFlags, Annot.ONCE, ctx.insn());
            if ((flags & l.pgBuddy) != 0) {
                throw ctx.violation("use-after-free", "the device reads "
                        + ctx.program().heap().objectAt(page).name() + ", which was freed");
            }
            return m.load(page + l.pData, Annot.PLAIN, ctx.insn());
        }
    };

    /**
     * Once the setup ran: every thread (and the after block) gets its pool of
     * free pages, and objects no setup variable names get readable names
     * (PMDs by address, pages by pfn).
     */
    public static final SetupExtension POOLS = access -> {
        Program p = access.program();
        MmLayout l = MmLayout.of(p);
        if (l == null) {
            return;
        }
        int k = p.poolSize();
        // the threads are compiled after the setup: take them from the scenario
        java.util.List<org.pagelab.engine.lang.Ast.Thread> threads = p.scenario().threads();
        int nt = threads.size() + 1;
        Pools pools = new Pools();
        pools.cursor = new int[nt];
        pools.pages = new int[nt][];
        StructType pageType = l.page;
        for (int t = 0; t < nt; t++) {
            String owner = t < threads.size() ? threads.get(t).displayName() : "after";
            pools.cursor[t] = access.allocateHidden("pool-" + owner, t).base;
            pools.pages[t] = new int[k];
            for (int i = 0; i < k; i++) {
                Heap.Obj o = access.allocate(pageType, owner + "-page" + i, t);
                int[] c = access.cells();
                c[o.base + l.pPfn] = o.id;
                c[o.base + l.pMap] = -1;
                c[o.base + l.pFlags] = l.pgBuddy;
                pools.pages[t][i] = o.base;
            }
        }
        p.extension(Pools.class, () -> pools);
        int[] c = access.cells();
        int mms = 0;
        for (Heap.Obj o : p.heap().objects()) {
            if (o.type == l.mm) {
                mms++;
            }
        }
        for (Heap.Obj o : p.heap().objects()) {
            if (o.type == l.pmd) {
                int mmPtr = c[o.base + l.dMm];
                String prefix = "";
                if (mms > 1 && Heap.isPointer(mmPtr)) {
                    prefix = p.heap().objectAt(mmPtr - Heap.PTR_BASE).name() + "-";
                }
                access.rename(o, prefix + "pmd-0x" + Integer.toHexString(c[o.base + l.dAddr]));
            } else if (o.type == l.page && o.poolOwner < 0) {
                access.rename(o, (c[o.base + l.pFlags] & l.pgZero) != 0 ? "zero_page"
                        : "pfn-0x" + Integer.toHexString(c[o.base + l.pPfn]));
            }
        }
        // other unnamed objects: their kind, numbered when there are several
        java.util.Map<StructType, Integer> count = new java.util.HashMap<>();
        java.util.Map<StructType, Integer> seen = new java.util.HashMap<>();
        for (Heap.Obj o : p.heap().objects()) {
            if (!o.hidden && !o.type.isScalar() && o.type != l.page && o.type != l.pmd) {
                count.merge(o.type, 1, Integer::sum);
            }
        }
        for (Heap.Obj o : p.heap().objects()) {
            Integer n = count.get(o.type);
            if (n != null && o.name().equals(o.type.name + o.id)) {
                int nth = seen.merge(o.type, 1, Integer::sum);
                access.rename(o, n == 1 ? o.type.name : o.type.name + "-" + nth);
            }
        }
    };

    public static List<Builtin> all() {
        List<Builtin> l = new ArrayList<>();
        l.add(ALLOC);
        l.add(FREE);
        l.add(PFN_TO_PAGE);
        l.add(ALLOC_THP);
        l.add(MMU);
        l.add(DMA_WRITE);
        l.add(DMA_READ);
        return l;
    }
}
