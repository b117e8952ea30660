package org.pagelab.engine.state;

import java.util.ArrayList;
import java.util.List;

import org.pagelab.model.mm.CacheEntry;
import org.pagelab.model.mm.File;
import org.pagelab.model.mm.MMState;
import org.pagelab.model.mm.Mm;
import org.pagelab.model.mm.NamedValue;
import org.pagelab.model.mm.Page;
import org.pagelab.model.mm.Pmd;
import org.pagelab.model.mm.Pte;
import org.pagelab.model.mm.SwapSlot;
import org.pagelab.model.mm.ThreadState;
import org.pagelab.model.mm.Vma;

/**
 * A state as plain text, the way the workbench shows it: the pages table,
 * then the address spaces (mm -> VMAs -> PMDs -> PTEs), page caches, swap
 * slots and threads. Used by {@code ./pagelab state} and in reports.
 */
public final class StateText {
    private static final long PMD_SIZE = 2L << 20;

    private StateText() {
    }

    public static String of(MMState s) {
        StringBuilder b = new StringBuilder();
        b.append("state ").append(s.getName() == null ? "(unnamed)" : s.getName());
        if (s.getStep() >= 0) {
            b.append("  step ").append(s.getStep());
        }
        b.append('\n');
        if (s.getDescription() != null) {
            b.append("  ").append(s.getDescription()).append('\n');
        }
        b.append('\n');
        pages(b, s.getPages());
        for (Mm mm : s.getMms()) {
            b.append('\n').append(MmText.label(mm));
            if (mm.getMmapLock() != null) {
                b.append("  mmap_lock ").append(MmText.lock(mm.getMmapLock()));
            }
            b.append('\n');
            for (Vma v : mm.getVmas()) {
                b.append("  ").append(MmText.label(v)).append('\n');
                for (Pmd p : mm.getPmds()) {
                    if (p.getAddress() >= v.getEnd() || p.getAddress() + PMD_SIZE <= v.getStart()) {
                        continue;
                    }
                    b.append("    ").append(MmText.label(p)).append('\n');
                    for (Pte e : p.getPtes()) {
                        if (e.getAddress() >= v.getStart() && e.getAddress() < v.getEnd()) {
                            b.append("      ").append(MmText.label(e)).append('\n');
                        }
                    }
                }
            }
            if (mm.getUserfaultfd() != null) {
                b.append("  userfaultfd ").append(mm.getUserfaultfd().getName() == null ? "" : mm.getUserfaultfd().getName())
                        .append(mm.getUserfaultfd().isWp() ? " wp" : "").append(mm.getUserfaultfd().isMissing() ? " missing" : "")
                        .append(", ").append(mm.getUserfaultfd().getPending().size()).append(" pending\n");
                for (var m : mm.getUserfaultfd().getPending()) {
                    b.append("    ").append(m.getKind()).append(" fault at ").append(MmText.hex(m.getAddress()))
                            .append(" by ").append(m.getThread()).append('\n');
                }
            }
        }
        for (File f : s.getFiles()) {
            b.append('\n').append(MmText.label(f)).append('\n');
            for (CacheEntry c : f.getCache()) {
                b.append("  ").append(MmText.label(c)).append('\n');
            }
        }
        if (!s.getSwapSlots().isEmpty()) {
            b.append('\n');
            for (SwapSlot sl : s.getSwapSlots()) {
                b.append(MmText.label(sl)).append(sl.getData() != null ? " data=" + sl.getData() : "").append('\n');
            }
        }
        if (!s.getThreads().isEmpty()) {
            b.append("\nthreads\n");
            for (ThreadState t : s.getThreads()) {
                b.append("  ").append(MmText.label(t));
                if (t.getLocation() != null) {
                    b.append("  at ").append(t.getLocation());
                }
                if (!t.getStack().isEmpty()) {
                    b.append("  in ").append(String.join(" > ", t.getStack()));
                }
                b.append('\n');
                for (NamedValue r : t.getRegisters()) {
                    b.append("    ").append(r.getName()).append(" = ").append(r.getValue()).append('\n');
                }
            }
        }
        if (!s.getValues().isEmpty()) {
            b.append("\nvalues\n");
            for (NamedValue v : s.getValues()) {
                b.append("  ").append(v.getName()).append(" = ").append(v.getValue()).append('\n');
            }
        }
        return b.toString();
    }

    private static void pages(StringBuilder b, List<Page> pages) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] { "page", "pfn", "order", "refcount", "mapcount", "pins", "flags", "mapping/index", "data", "" });
        for (Page p : pages) {
            rows.add(new String[] { MmText.pageName(p), MmText.hex(p.getPfn()), Integer.toString(p.getOrder()),
                    Integer.toString(p.getRefcount()), Integer.toString(p.getMapcount()), Integer.toString(p.getPincount()),
                    MmText.flags(p.getFlags()), MmText.mapping(p), p.getData() == null ? "" : p.getData(),
                    p.isFree() ? "free" : p.getLock() != null && !p.getLock().getHolders().isEmpty()
                            ? "locked by " + String.join(",", p.getLock().getHolders()) : "" });
        }
        int[] w = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                line.append(r[i]).append(" ".repeat(w[i] - r[i].length() + 2));
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
