package org.pagelab.engine.mm;

import java.util.HashMap;
import java.util.Map;

import org.pagelab.engine.sem.Heap;
import org.pagelab.engine.sem.Program;
import org.pagelab.engine.sem.StructType;

/**
 * Where the MM model keeps things: field offsets of the library's structs
 * and its constants (PTE bits, page flags), resolved by name from the
 * compiled program, so that the Java side (MMU, invariants, display) and the
 * library in lib/mm/types.pgl cannot disagree.
 */
public final class MmLayout {
    final Program prog;
    final Heap heap;
    final StructType page;
    final StructType pmd;
    final StructType space;
    final StructType swap;
    final StructType mm;
    // struct page
    final int pRef;
    final int pMap;
    final int pFlags;
    final int pMapping;
    final int pAnonVma;
    final int pIndex;
    final int pPrivate;
    final int pData;
    final int pPfn;
    // struct pmd
    final int dPmd;
    final int dAddr;
    final int dMm;
    final int dPte;
    final int ptrsPerPte;
    // struct address_space
    final int aPages;
    final int aDisk;
    final int aFlags;
    final int maxFilePages;
    // struct swap_info_struct
    final int sMap;
    final int sData;
    final int sCache;
    final int maxSwap;
    // struct mm_struct
    final int mPmds;
    final int maxPmds;
    // constants
    final int present;
    final int rw;
    final int dirty;
    final int accessed;
    final int uffdWp;
    final int special;
    final int swp;
    final int marker;
    final int softDirty;
    final int pse;
    final int table;
    final int pfnShift;
    final int pageShift;
    final int pmdShift;
    final int xaValue;
    final int pgLocked;
    final int pgDirty;
    final int pgLru;
    final int pgWriteback;
    final int pgSwapcache;
    final int pgBuddy;
    final int pgZero;
    final int pgDiscardable;
    final int pgAnon;
    final int asStable;
    final Map<Integer, String> flagNames = new HashMap<>();

    private MmLayout(Program p) {
        this.prog = p;
        this.heap = p.heap();
        page = p.struct("page");
        pmd = p.struct("pmd");
        space = p.struct("address_space");
        swap = p.struct("swap_info_struct");
        mm = p.struct("mm_struct");
        pRef = off(page, "_refcount");
        pMap = off(page, "_mapcount");
        pFlags = off(page, "flags");
        pMapping = off(page, "mapping");
        pAnonVma = off(page, "anon_vma");
        pIndex = off(page, "index");
        pPrivate = off(page, "private");
        pData = off(page, "data");
        pPfn = off(page, "pfn");
        dPmd = off(pmd, "pmd");
        dAddr = off(pmd, "addr");
        dMm = off(pmd, "mm");
        dPte = off(pmd, "pte");
        ptrsPerPte = pmd.field("pte").length();
        aPages = off(space, "i_pages");
        aDisk = off(space, "disk");
        aFlags = off(space, "flags");
        maxFilePages = space.field("i_pages").length();
        sMap = off(swap, "swap_map");
        sData = off(swap, "data");
        sCache = off(swap, "cache");
        maxSwap = swap.field("swap_map").length();
        mPmds = off(mm, "pmds");
        maxPmds = mm.field("pmds").length();
        present = k("_PAGE_PRESENT");
        rw = k("_PAGE_RW");
        dirty = k("_PAGE_DIRTY");
        accessed = k("_PAGE_ACCESSED");
        uffdWp = k("_PAGE_UFFD_WP");
        special = k("_PAGE_SPECIAL");
        swp = k("_PAGE_SWP");
        marker = k("_PAGE_MARKER");
        softDirty = k("_PAGE_SOFT_DIRTY");
        pse = k("_PAGE_PSE");
        table = k("_PAGE_TABLE");
        pfnShift = k("PFN_SHIFT");
        pageShift = k("PAGE_SHIFT");
        pmdShift = k("PMD_SHIFT");
        xaValue = k("XA_VALUE");
        pgLocked = 1 << k("PG_locked");
        pgDirty = 1 << k("PG_dirty");
        pgLru = 1 << k("PG_lru");
        pgWriteback = 1 << k("PG_writeback");
        pgSwapcache = 1 << k("PG_swapcache");
        pgBuddy = 1 << k("PG_buddy");
        pgZero = 1 << k("PG_zero");
        pgDiscardable = 1 << k("PG_discardable");
        pgAnon = 1 << k("PG_anon");
        asStable = k("AS_STABLE_WRITES");
        for (String n : new String[] {"locked", "referenced", "uptodate", "dirty", "lru", "active", "workingset",
            "waiters", "error", "slab", "owner_priv_1", "arch_1", "reserved", "private", "private_2", "writeback",
            "head", "mappedtodisk", "reclaim", "swapbacked", "unevictable", "mlocked", "anon", "swapcache", "buddy",
            "zero", "discardable", "dma_pinned"}) {
            Integer bit = p.constant("PG_" + n);
            if (bit != null) {
                flagNames.put(bit, n);
            }
        }
    }

    private static int off(StructType s, String f) {
        StructType.Field x = s.field(f);
        if (x == null) {
            throw new IllegalStateException("the MM library lacks " + s.name + "." + f);
        }
        return x.offset();
    }

    private int k(String name) {
        Integer v = prog.constant(name);
        if (v == null) {
            throw new IllegalStateException("the MM library lacks the constant " + name);
        }
        return v;
    }

    /** The layout of a program that imports the MM model, or null. */
    public static MmLayout of(Program p) {
        if (!p.hasMm() || p.struct("pmd") == null) {
            return null;
        }
        return p.extension(MmLayout.class, () -> new MmLayout(p));
    }

    boolean isPage(Heap.Obj o) {
        return o != null && o.type == page;
    }

    boolean isPmd(Heap.Obj o) {
        return o != null && o.type == pmd;
    }

    boolean isSpace(Heap.Obj o) {
        return o != null && o.type == space;
    }

    boolean isSwap(Heap.Obj o) {
        return o != null && o.type == swap;
    }

    /** The first cell of the page with this pfn, or -1. A page's pfn is its object id. */
    int pageCell(int pfn) {
        if (pfn <= 0 || pfn >= heap.objects().size()) {
            return -1;
        }
        Heap.Obj o = heap.object(pfn);
        return o.type == page ? o.base : -1;
    }

    /** For a PTE/PMD word: the first cell of the page it maps (present, or a huge PMD), else -1. */
    int mappedPage(int word) {
        if ((word & present) == 0 || (word & table) != 0) {
            return -1;
        }
        return pageCell(word >>> pfnShift);
    }

    boolean isPteCell(int cell) {
        Heap.Obj o = heap.objectAt(cell);
        return isPmd(o) && cell - o.base >= dPte;
    }

    boolean isPmdWordCell(int cell) {
        Heap.Obj o = heap.objectAt(cell);
        return isPmd(o) && cell - o.base == dPmd;
    }

    /** The user address a PTE cell maps. */
    int pteAddress(int cell, int[] mem) {
        Heap.Obj o = heap.objectAt(cell);
        return mem[o.base + dAddr] + ((cell - o.base - dPte) << pageShift);
    }

    boolean isPageCacheCell(int cell) {
        Heap.Obj o = heap.objectAt(cell);
        return isSpace(o) && cell - o.base >= aPages && cell - o.base < aPages + maxFilePages;
    }
}
