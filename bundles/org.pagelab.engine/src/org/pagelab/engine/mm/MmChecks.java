package org.pagelab.engine.mm;

import java.util.BitSet;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

import org.pagelab.engine.explore.StepCheck;
import org.pagelab.engine.explore.ValueRefs;
import org.pagelab.engine.sem.Heap;
import org.pagelab.engine.sem.Program;
import org.pagelab.engine.sem.ScMemory;
import org.pagelab.engine.sem.Violation;

/**
 * The built-in MM invariants, checked after every step on what the step
 * wrote:
 * <ul>
 * <li>{@code refcount-negative}: a page's _refcount below 0 or _mapcount below -1;
 * <li>{@code use-after-free}: a field of a freed page changes (get_page on a
 * freed page), a PTE/PMD or the page cache is made to point at a freed page
 * (the MMU and DMA builtins also catch data accesses to freed pages);
 * <li>{@code bad-page-free}: a page is freed with references, still mapped,
 * locked, under writeback, in the page cache or swap cache, or while a PTE
 * still maps it;
 * <li>{@code dirty-data-lost}: a page holding dirty data is freed without the
 * user having discarded it (MADV_DONTNEED, munmap, truncate: the library marks
 * those pages PG_discardable); a file page leaves the page cache while dirty
 * or while its data differs from what is on disk (or in swap, for shmem);
 * <li>{@code write-during-writeback}: a page of a file that needs stable
 * pages changes while PG_writeback is set.
 * </ul>
 * Every cell a check reads beyond the step's own is reported, as the
 * partial-order reduction requires (see {@link StepCheck}).
 */
public final class MmChecks implements StepCheck {
    private final MmLayout l;
    private final Heap heap;
    private final IntFunction<BitSet> holders;

    private MmChecks(MmLayout l, IntFunction<BitSet> holders) {
        this.l = l;
        this.heap = l.heap;
        this.holders = holders;
    }

    /**
     * The checks for a program, or null when it does not use the MM model.
     *
     * @param holders for an object id, the objects that may refer to it (from
     *                the static footprints), or null to scan every PTE and cache
     */
    public static StepCheck create(Program prog, IntFunction<BitSet> holders) {
        MmLayout l = MmLayout.of(prog);
        return l == null ? null : new MmChecks(l, holders);
    }

    /** How MM values refer to objects: page frame numbers in PTE/PMD words, swap entries. */
    public static ValueRefs refs(Program prog) {
        MmLayout l = MmLayout.of(prog);
        if (l == null) {
            return null;
        }
        int swapId = -1;
        for (Heap.Obj o : prog.heap().objects()) {
            if (l.isSwap(o)) {
                swapId = o.id;
            }
        }
        int swap = swapId;
        return (cell, value, out) -> {
            Heap.Obj o = l.heap.objectAt(cell);
            if (l.isPmd(o) && cell - o.base != l.dAddr) {
                if ((value & (l.present | l.swp)) != 0) {
                    int pfn = value >>> l.pfnShift;
                    if ((value & l.swp) != 0) {
                        if (swap >= 0) {
                            out.accept(swap);
                        }
                    } else {
                        for (int i = 0; i < l.ptrsPerPte; i++) { // a huge PMD maps the subpages too
                            int pc = l.pageCell(pfn + i);
                            if (pc >= 0) {
                                out.accept(l.heap.ownerOf(pc));
                            }
                            if ((value & l.pse) == 0) {
                                break;
                            }
                        }
                    }
                }
            } else if (l.isPage(o) && cell - o.base == l.pPfn) {
                out.accept(o.id); // page_to_pfn(page) refers to the page
            } else if (l.isSpace(o) && (value & l.xaValue) != 0 && !Heap.isPointer(value) && swap >= 0) {
                out.accept(swap);
            } else if (l.isPage(o) && cell - o.base == l.pPrivate && value != 0 && swap >= 0) {
                out.accept(swap);
            }
        };
    }

    private String name(int cell) {
        return heap.objectAt(cell).name();
    }

    @Override
    public Violation afterStep(int tid, int[] before, int[] after, ScMemory step, IntConsumer reads) {
        int n = step.writeCount();
        for (int i = 0; i < n; i++) {
            int cell = step.writeCell(i);
            if (before[cell] == after[cell]) {
                continue;
            }
            Heap.Obj o = heap.objectAt(cell);
            Violation v;
            if (l.isPage(o)) {
                v = page(o, cell - o.base, before, after, reads);
            } else if (l.isPmd(o)) {
                v = entry(o, cell, after, reads);
            } else if (l.isSpace(o)) {
                v = cache(o, cell, before, after, reads);
            } else {
                v = null;
            }
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private Violation page(Heap.Obj o, int field, int[] before, int[] after, IntConsumer reads) {
        int b = o.base;
        if ((before[b + l.pFlags] & l.pgZero) != 0) {
            return new Violation("bug", "the zero page's " + fieldName(field) + " changes " + before[b + field] + " -> "
                    + after[b + field] + " (it is mapped read-only and never freed)", null);
        }
        boolean wasFree = (before[b + l.pFlags] & l.pgBuddy) != 0;
        boolean isFree = (after[b + l.pFlags] & l.pgBuddy) != 0;
        if (wasFree && isFree) {
            return new Violation("use-after-free", o.name() + " was freed, yet its " + fieldName(field) + " changes "
                    + before[b + field] + " -> " + after[b + field], null);
        }
        if (after[b + l.pRef] < 0) {
            return new Violation("refcount-negative", o.name() + "->_refcount drops to " + after[b + l.pRef], null);
        }
        if (after[b + l.pMap] < -1) {
            return new Violation("refcount-negative", o.name() + "->_mapcount drops to " + after[b + l.pMap]
                    + " (page_mapcount " + (after[b + l.pMap] + 1) + ")", null);
        }
        if (!wasFree && isFree && field == l.pFlags) {
            return freed(o, before, after, reads);
        }
        if (field == l.pData && !isFree) {
            int flags = after[b + l.pFlags];
            int mapping = after[b + l.pMapping];
            if ((flags & l.pgWriteback) != 0 && Heap.isPointer(mapping)) {
                int sc = mapping - Heap.PTR_BASE;
                reads.accept(sc + l.aFlags);
                if ((after[sc + l.aFlags] & l.asStable) != 0) {
                    return new Violation("write-during-writeback", o.name() + " changes (" + before[b + l.pData]
                            + " -> " + after[b + l.pData] + ") while under writeback of a file that needs stable pages",
                            null);
                }
            }
        }
        return null;
    }

    private Violation freed(Heap.Obj o, int[] before, int[] after, IntConsumer reads) {
        int b = o.base;
        int flags = before[b + l.pFlags];
        String who = o.name();
        if ((flags & l.pgZero) != 0) {
            return new Violation("bad-page-free", "the zero page is freed", null);
        }
        if (after[b + l.pRef] != 0) {
            return new Violation("bad-page-free", who + " is freed with _refcount " + after[b + l.pRef], null);
        }
        if (after[b + l.pMap] != -1) {
            return new Violation("bad-page-free", who + " is freed while mapped (_mapcount " + after[b + l.pMap] + ")",
                    null);
        }
        if ((flags & (l.pgLocked | l.pgWriteback | l.pgLru | l.pgSwapcache)) != 0) {
            return new Violation("bad-page-free", who + " is freed while " + ((flags & l.pgLocked) != 0 ? "locked"
                    : (flags & l.pgWriteback) != 0 ? "under writeback" : (flags & l.pgLru) != 0 ? "on the LRU"
                            : "in the swap cache"), null);
        }
        // nothing may still point at it: PTEs, PMDs, the page cache
        String ref = referrer(o, after, reads);
        if (ref != null) {
            return new Violation("bad-page-free", who + " is freed while " + ref + " still points at it", null);
        }
        if ((flags & l.pgDirty) != 0 && (flags & l.pgDiscardable) == 0) {
            return new Violation("dirty-data-lost", who + " is freed with dirty data (" + before[b + l.pData]
                    + ") that nobody discarded: the data is lost", null);
        }
        return null;
    }

    /** A PTE, PMD or page-cache slot that refers to the page, or null. */
    private String referrer(Heap.Obj page, int[] mem, IntConsumer reads) {
        int pfn = page.id;
        for (Heap.Obj o : candidates(page)) {
            if (l.isPmd(o)) {
                for (int c = o.base + l.dPmd; c < o.base + o.size; c++) {
                    if (c - o.base == l.dAddr || c - o.base == l.dMm) {
                        continue;
                    }
                    reads.accept(c);
                    int w = mem[c];
                    if ((w & l.present) != 0 && (w & l.table) == 0) {
                        int p = w >>> l.pfnShift;
                        boolean huge = (w & l.pse) != 0;
                        if (p == pfn || (huge && pfn > p && pfn < p + l.ptrsPerPte)) {
                            return c - o.base == l.dPmd ? "the PMD " + o.name()
                                    : "the PTE for 0x" + Integer.toHexString(l.pteAddress(c, mem));
                        }
                    }
                }
            } else if (l.isSpace(o)) {
                for (int i = 0; i < l.maxFilePages; i++) {
                    int c = o.base + l.aPages + i;
                    reads.accept(c);
                    if (mem[c] == page.pointer()) {
                        return "the page cache of " + o.name() + " (index " + i + ")";
                    }
                }
            } else if (l.isSwap(o)) {
                for (int i = 0; i < l.maxSwap; i++) {
                    int c = o.base + l.sCache + i;
                    reads.accept(c);
                    if (mem[c] == page.pointer()) {
                        return "the swap cache (slot " + i + ")";
                    }
                }
            }
        }
        return null;
    }

    private Iterable<Heap.Obj> candidates(Heap.Obj page) {
        java.util.List<Heap.Obj> out = new java.util.ArrayList<>();
        if (holders != null) {
            BitSet h = holders.apply(page.id);
            for (int i = h.nextSetBit(0); i >= 0; i = h.nextSetBit(i + 1)) {
                out.add(heap.object(i));
            }
        } else {
            for (Heap.Obj o : heap.objects()) {
                if (l.isPmd(o) || l.isSpace(o) || l.isSwap(o)) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    /** A PTE or PMD word changed: it must not map a freed page. */
    private Violation entry(Heap.Obj o, int cell, int[] after, IntConsumer reads) {
        int off = cell - o.base;
        if (off == l.dAddr || off == l.dMm || (off != l.dPmd && off < l.dPte)) {
            return null;
        }
        int page = l.mappedPage(after[cell]);
        if (page < 0) {
            return null;
        }
        reads.accept(page + l.pFlags);
        if ((after[page + l.pFlags] & l.pgBuddy) != 0) {
            String what = off == l.dPmd ? "the PMD " + o.name() : "the PTE for 0x" + Integer.toHexString(
                    l.pteAddress(cell, after));
            return new Violation("use-after-free", what + " maps " + name(page) + ", which was freed", null);
        }
        return null;
    }

    /** A page-cache slot changed. */
    private Violation cache(Heap.Obj o, int cell, int[] before, int[] after, IntConsumer reads) {
        if (!l.isPageCacheCell(cell)) {
            return null;
        }
        int index = cell - o.base - l.aPages;
        int nv = after[cell];
        if (Heap.isPointer(nv)) {
            int pc = nv - Heap.PTR_BASE;
            reads.accept(pc + l.pFlags);
            if ((after[pc + l.pFlags] & l.pgBuddy) != 0) {
                return new Violation("use-after-free", "the page cache of " + o.name() + " (index " + index
                        + ") gets " + name(pc) + ", which was freed", null);
            }
        }
        int old = before[cell];
        if (Heap.isPointer(old) && old != nv) {
            int pc = old - Heap.PTR_BASE;
            reads.accept(pc + l.pFlags);
            reads.accept(pc + l.pData);
            int flags = after[pc + l.pFlags];
            if ((flags & l.pgDiscardable) != 0 || (flags & l.pgBuddy) != 0) {
                return null; // truncated on purpose (or already checked when freed)
            }
            int data = after[pc + l.pData];
            int backing;
            String where;
            if (nv != 0 && (nv & l.xaValue) != 0 && !Heap.isPointer(nv)) {
                int slot = (nv & ~l.xaValue) - 1;
                int sw = swapCell(after);
                if (sw < 0 || slot < 0 || slot >= l.maxSwap) {
                    return null;
                }
                reads.accept(sw + l.sData + slot);
                backing = after[sw + l.sData + slot];
                where = "swap slot " + slot;
            } else {
                reads.accept(o.base + l.aDisk + index);
                backing = after[o.base + l.aDisk + index];
                where = "disk";
            }
            if ((flags & l.pgDirty) != 0 || data != backing) {
                return new Violation("dirty-data-lost", name(pc) + " leaves the page cache of " + o.name() + " with "
                        + ((flags & l.pgDirty) != 0 ? "dirty data" : "data") + " (" + data + ") that the " + where
                        + " does not have (" + backing + ")", null);
            }
        }
        return null;
    }

    private int swapCell(int[] mem) {
        for (Heap.Obj o : heap.objects()) {
            if (l.isSwap(o)) {
                return o.base;
            }
        }
        return -1;
    }

    private String fieldName(int off) {
        var f = l.page.fieldAt(off);
        return f == null ? "+" + off : f.name();
    }
}
