package org.pagelab.engine.mm;

import org.pagelab.engine.explore.ValueFormat;
import org.pagelab.engine.sem.Heap;
import org.pagelab.engine.sem.Program;
import org.pagelab.engine.sem.StructType;

/**
 * Readable values for traces and state views: pointers as object names,
 * page flags by name ("dirty|lru|swapbacked"), PTE and PMD words decoded
 * ("present|write|dirty page=P", "none", "swap:1", "marker:uffd-wp"), page
 * cache entries ("P", "swap:0", "empty").
 */
public final class MmFormat implements ValueFormat {
    private final Program prog;
    private final Heap heap;
    private final MmLayout l;

    private MmFormat(Program prog) {
        this.prog = prog;
        this.heap = prog.heap();
        this.l = MmLayout.of(prog);
    }

    public static ValueFormat forProgram(Program prog) {
        return new MmFormat(prog);
    }

    @Override
    public String format(int cell, int value) {
        Heap.Obj o = heap.objectAt(cell);
        if (l != null && o != null && !o.type.isScalar()) {
            int off = cell - o.base;
            if (l.isPage(o) && off == l.pFlags) {
                return flags(value);
            }
            if (l.isPmd(o) && (off == l.dPmd || off >= l.dPte)) {
                return entry(value);
            }
            if (l.isPmd(o) && off == l.dAddr) {
                return "0x" + Integer.toHexString(value);
            }
            if (l.isSpace(o) && l.isPageCacheCell(cell)) {
                if (value == 0) {
                    return "empty";
                }
                if (!Heap.isPointer(value) && (value & l.xaValue) != 0) {
                    return "swap:" + ((value & ~l.xaValue) - 1);
                }
            }
            if (l.isPage(o) && off == l.pPrivate && value != 0) {
                return "swap:" + (value - 1);
            }
            StructType.Field f = o.type.fieldAt(off);
            if (f != null && f.type().name().equals("spinlock_t") && f.type().pointers() == 0) {
                return value == 0 ? "unlocked" : "held by " + threadName(value - 1);
            }
            if (f != null && (f.name().endsWith("vm_start") || f.name().endsWith("vm_end") || f.name().equals("vm_flags")
                    || f.name().equals("msg_address"))) {
                return "0x" + Integer.toHexString(value);
            }
        }
        return heap.formatValue(value);
    }

    private String threadName(int t) {
        if (t >= 0 && t < prog.threadCount()) {
            return prog.threads().get(t).name();
        }
        return t == prog.threadCount() ? "after" : "setup";
    }

    String flags(int v) {
        if (v == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        for (int bit = 0; bit < 31; bit++) {
            if ((v & (1 << bit)) != 0) {
                if (sb.length() > 0) {
                    sb.append('|');
                }
                sb.append(l.flagNames.getOrDefault(bit, "bit" + bit));
            }
        }
        return sb.toString();
    }

    String entry(int w) {
        if (w == 0) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        if ((w & l.swp) != 0) {
            sb.append("swap:").append(w >>> l.pfnShift);
            if ((w & l.uffdWp) != 0) {
                sb.append("|uffd-wp");
            }
            return sb.toString();
        }
        if ((w & l.marker) != 0) {
            return (w >>> l.pfnShift) == 1 ? "marker:uffd-wp" : "marker:" + (w >>> l.pfnShift);
        }
        if ((w & l.table) != 0) {
            return "table";
        }
        bit(sb, w, l.present, "present");
        bit(sb, w, l.pse, "huge");
        bit(sb, w, l.rw, "write");
        bit(sb, w, l.dirty, "dirty");
        bit(sb, w, l.accessed, "young");
        bit(sb, w, l.uffdWp, "uffd-wp");
        bit(sb, w, l.softDirty, "soft-dirty");
        bit(sb, w, l.special, "special");
        int page = l.pageCell(w >>> l.pfnShift);
        if (page >= 0) {
            sb.append(" page=").append(heap.objectAt(page).name());
        } else if ((w >>> l.pfnShift) != 0) {
            sb.append(" pfn=").append(w >>> l.pfnShift);
        }
        return sb.length() == 0 ? "0x" + Integer.toHexString(w) : sb.toString();
    }

    private static void bit(StringBuilder sb, int w, int b, String name) {
        if ((w & b) != 0) {
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                sb.append('|');
            }
            sb.append(name);
        }
    }

    @Override
    public String kind(Heap.Obj o) {
        return o.type.name;
    }

    @Override
    public String[] locate(int cell, int[] mem) {
        Heap.Obj o = heap.objectAt(cell);
        if (l != null && l.isPteCell(cell)) {
            String prefix = o.name().contains("-pmd-") ? o.name().substring(0, o.name().indexOf("-pmd-") + 1) : "";
            return new String[] {"pte", prefix + "pte-0x" + Integer.toHexString(l.pteAddress(cell, mem)), "value"};
        }
        if (l != null && l.isPmdWordCell(cell)) {
            return new String[] {"pmd", o.name(), "value"};
        }
        if (o.type.isScalar()) {
            return new String[] {kind(o), o.name(), "value"};
        }
        StructType.Field f = o.type.fieldAt(cell - o.base);
        String field = f == null ? "+" + (cell - o.base)
                : f.isArray() ? f.name() + "[" + (cell - o.base - f.offset()) + "]" : f.name();
        return new String[] {kind(o), o.name(), field};
    }
}
