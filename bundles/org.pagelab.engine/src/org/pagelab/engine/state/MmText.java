package org.pagelab.engine.state;

import java.util.Collection;
import java.util.StringJoiner;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.pagelab.model.mm.CacheEntry;
import org.pagelab.model.mm.File;
import org.pagelab.model.mm.Lock;
import org.pagelab.model.mm.LockMode;
import org.pagelab.model.mm.Mm;
import org.pagelab.model.mm.Page;
import org.pagelab.model.mm.Pmd;
import org.pagelab.model.mm.PmdKind;
import org.pagelab.model.mm.Pte;
import org.pagelab.model.mm.PteKind;
import org.pagelab.model.mm.SwapSlot;
import org.pagelab.model.mm.ThreadState;
import org.pagelab.model.mm.Vma;

/** How MM objects are written in views, reports and the CLI: the way kernel developers write them in mail. */
public final class MmText {
    private MmText() {
    }

    public static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }

    /** Flags joined by '|', as the kernel prints them (e.g. {@code uptodate|lru|anon}). */
    public static String flags(Collection<? extends Enumerator> flags) {
        StringJoiner j = new StringJoiner("|");
        for (Enumerator e : flags) {
            j.add(e.getLiteral());
        }
        return j.toString();
    }

    public static String pageName(Page p) {
        if (p == null) {
            return "";
        }
        return p.getName() != null ? p.getName() : "pfn " + hex(p.getPfn());
    }

    /** "mapping/index" column: the file and index for page cache pages, the VMA for anon pages. */
    public static String mapping(Page p) {
        if (p.getMapping() != null) {
            return p.getMapping().getName() + " @" + hex(p.getIndex());
        }
        if (p.getAnonVma() != null) {
            return "anon " + p.getAnonVma().getName() + " @" + hex(p.getIndex());
        }
        if (p.getSwapSlot() != null) {
            return "swapcache " + p.getSwapSlot().getName();
        }
        return "";
    }

    /** The bits of a PTE the way one writes them: kind, pfn and set bits. */
    public static String pteBits(Pte e) {
        StringBuilder b = new StringBuilder(e.getKind().getLiteral());
        if (e.getKind() == PteKind.PRESENT) {
            b.append(" pfn=").append(hex(e.getPage() != null ? e.getPage().getPfn() : e.getPfn()));
            if (e.getPage() != null && e.getPage().getName() != null) {
                b.append(" (").append(e.getPage().getName()).append(')');
            }
        }
        if (e.getKind() == PteKind.SWAP && e.getSwapSlot() != null) {
            b.append(' ').append(e.getSwapSlot().getName());
        }
        if (e.getKind() == PteKind.MARKER && e.getMarker() != null) {
            b.append(' ').append(e.getMarker());
        }
        bit(b, e.isWrite(), "write");
        bit(b, e.isDirty(), "dirty");
        bit(b, e.isYoung(), "young");
        bit(b, e.isSoftDirty(), "soft-dirty");
        bit(b, e.isUffdWp(), "uffd-wp");
        bit(b, e.isExclusive(), "exclusive");
        return b.toString();
    }

    public static String pmdBits(Pmd p) {
        StringBuilder b = new StringBuilder(p.getKind().getLiteral());
        if (p.getKind() == PmdKind.HUGE) {
            b.append(" pfn=").append(hex(p.getPage() != null ? p.getPage().getPfn() : p.getPfn()));
            if (p.getPage() != null && p.getPage().getName() != null) {
                b.append(" (").append(p.getPage().getName()).append(')');
            }
            bit(b, p.isWrite(), "write");
            bit(b, p.isDirty(), "dirty");
            bit(b, p.isYoung(), "young");
            bit(b, p.isUffdWp(), "uffd-wp");
        }
        if (p.getPtl() != null && p.getPtl().getMode() != LockMode.UNLOCKED) {
            b.append("  ptl held by ").append(String.join(",", p.getPtl().getHolders()));
        }
        return b.toString();
    }

    private static void bit(StringBuilder b, boolean set, String name) {
        if (set) {
            b.append(' ').append(name);
        }
    }

    public static String lock(Lock l) {
        if (l == null || l.getMode() == LockMode.UNLOCKED) {
            return "unlocked";
        }
        return l.getMode().getLiteral() + " by " + String.join(",", l.getHolders());
    }

    /** A one-line label for any object of the model. */
    public static String label(Object o) {
        if (o instanceof Mm m) {
            return "mm " + m.getName() + (m.getPid() != 0 ? " (pid " + m.getPid() + ")" : "");
        }
        if (o instanceof Vma v) {
            return hex(v.getStart()) + "-" + hex(v.getEnd()) + " " + v.getKind().getLiteral() + " " + flags(v.getFlags())
                    + (v.getFile() != null ? " " + v.getFile().getName() : "") + "  [" + v.getName() + "]";
        }
        if (o instanceof Pmd p) {
            return "pmd " + hex(p.getAddress()) + ": " + pmdBits(p);
        }
        if (o instanceof Pte e) {
            return "pte " + hex(e.getAddress()) + ": " + pteBits(e);
        }
        if (o instanceof File f) {
            return "file " + f.getName() + " (" + f.getKind().getLiteral() + (f.getPath() != null ? " " + f.getPath() : "") + ")";
        }
        if (o instanceof CacheEntry c) {
            String what = c.getPage() != null ? "page " + pageName(c.getPage())
                    : c.getSwapSlot() != null ? "swap entry " + c.getSwapSlot().getName() : c.isShadow() ? "shadow" : "empty";
            return "index " + hex(c.getIndex()) + ": " + what;
        }
        if (o instanceof Page p) {
            return "page " + pageName(p) + " pfn=" + hex(p.getPfn()) + " refcount=" + p.getRefcount() + " mapcount="
                    + p.getMapcount() + " flags=" + flags(p.getFlags());
        }
        if (o instanceof SwapSlot s) {
            return "swap " + s.getName() + " offset=" + hex(s.getOffset()) + " count=" + s.getCount();
        }
        if (o instanceof ThreadState t) {
            return "P" + t.getIndex() + " " + t.getName() + " (" + t.getStatus().getLiteral() + ")";
        }
        if (o instanceof Lock l) {
            return l.getName() + ": " + lock(l);
        }
        if (o instanceof EObject e) {
            return e.eClass().getName();
        }
        return String.valueOf(o);
    }
}
