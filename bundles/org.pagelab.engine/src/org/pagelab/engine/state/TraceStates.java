package org.pagelab.engine.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.pagelab.engine.explore.Trace;
import org.pagelab.model.mm.CacheEntry;
import org.pagelab.model.mm.File;
import org.pagelab.model.mm.FileKind;
import org.pagelab.model.mm.Lock;
import org.pagelab.model.mm.LockKind;
import org.pagelab.model.mm.LockMode;
import org.pagelab.model.mm.MMState;
import org.pagelab.model.mm.Mm;
import org.pagelab.model.mm.MmFactory;
import org.pagelab.model.mm.MmPackage;
import org.pagelab.model.mm.NamedValue;
import org.pagelab.model.mm.Page;
import org.pagelab.model.mm.PageFlag;
import org.pagelab.model.mm.Pmd;
import org.pagelab.model.mm.PmdKind;
import org.pagelab.model.mm.Pte;
import org.pagelab.model.mm.PteKind;
import org.pagelab.model.mm.SwapSlot;
import org.pagelab.model.mm.ThreadState;
import org.pagelab.model.mm.ThreadStatus;
import org.pagelab.model.mm.UffdMessage;
import org.pagelab.model.mm.Userfaultfd;
import org.pagelab.model.mm.Vma;
import org.pagelab.model.mm.VmaKind;
import org.pagelab.model.mm.VmFlag;

/**
 * The engine's state at a step of a counterexample ({@link Trace}) as the
 * EMF model the workbench views, the state file format and reports use.
 *
 * <p>The engine keeps MM objects as cells laid out by the kernel model
 * library's structs (lib/mm/types.pgl): {@code struct page},
 * {@code struct pmd} with its PTE table, {@code mm_struct},
 * {@code vm_area_struct}, {@code anon_vma}, {@code address_space},
 * {@code swap_info_struct}, {@code userfaultfd_ctx}. Each field comes with
 * its value as the trace prints it (pointers as object names, flags by
 * name, PTE words decoded: "present|write|dirty page=P", "swap:1|uffd-wp",
 * "marker:uffd-wp", "none"), which is what this converter reads. Objects of
 * other kinds (litmus locations, scenario structs) become named values.
 */
public final class TraceStates {
    /** The FOLL_PIN bias the model adds to _refcount (include/linux/mm.h). */
    public static final int GUP_PIN_COUNTING_BIAS = 1024;
    /** Virtual page size of the model. */
    public static final long PAGE_SIZE = 4096;

    private static final MmFactory F = MmFactory.eINSTANCE;
    private static final MmPackage P = MmPackage.eINSTANCE;

    /**
     * A converted state and what changed in the step that produced it, by
     * object and feature, for highlighting.
     */
    public record Converted(MMState state, Map<EObject, Set<EStructuralFeature>> changes) {
    }

    private TraceStates() {
    }

    /** The initial state (after the setup) of a trace. */
    public static Converted initial(Trace t) {
        return convert(t, t.initial(), -1, List.of());
    }

    /** The state after step {@code index} (0-based) of a trace, with that step's changes. */
    public static Converted afterStep(Trace t, int index) {
        Trace.Step s = t.steps().get(index);
        return convert(t, s.after(), index, s.changes());
    }

    /** Every state of a trace: the initial one, then one after each step. */
    public static List<Converted> all(Trace t) {
        List<Converted> l = new ArrayList<>();
        l.add(initial(t));
        for (int i = 0; i < t.steps().size(); i++) {
            l.add(afterStep(t, i));
        }
        return l;
    }

    private static Converted convert(Trace t, Trace.StateView view, int step, List<Trace.Change> changes) {
        Builder b = new Builder(view);
        MMState s = b.build();
        s.setName(t.scenario());
        s.setStep(step + 1);
        StringBuilder d = new StringBuilder();
        d.append(step < 0 ? "initial state (after the setup)" : "after step " + (step + 1) + " of " + t.steps().size());
        if (t.model() != null) {
            d.append(", model ").append(t.model());
        }
        if (t.variants() != null && !t.variants().isEmpty()) {
            d.append(", variants ").append(t.variants());
        }
        s.setDescription(d.toString());
        return new Converted(s, b.changes(changes));
    }

    /** Builds one MMState from one StateView. */
    private static final class Builder {
        private final Trace.StateView view;
        private final MMState state = F.createMMState();
        private final Map<String, Page> pages = new LinkedHashMap<>();
        private final Map<String, Mm> mms = new LinkedHashMap<>();
        private final Map<String, Vma> vmas = new LinkedHashMap<>();
        private final Map<String, Pmd> pmds = new LinkedHashMap<>();
        private final Map<String, File> files = new LinkedHashMap<>();
        private final Map<String, SwapSlot> slots = new HashMap<>();
        private final Map<String, Userfaultfd> uffds = new HashMap<>();
        private final Map<String, List<String>> anonVmaVmas = new HashMap<>();
        /** pte objects by the trace's name for them ("pte-0x1000"), for change highlighting. */
        private final Map<String, Pte> ptesByName = new HashMap<>();
        private final Set<String> used = new java.util.HashSet<>();

        Builder(Trace.StateView view) {
            this.view = view;
        }

        MMState build() {
            // objects first (so references resolve), then their fields
            for (Trace.ObjectView o : view.objects()) {
                switch (o.kind()) {
                case "page" -> pages.put(o.name(), page(o));
                case "mm_struct" -> mms.put(o.name(), mm(o));
                case "vm_area_struct" -> vmas.put(o.name(), vma(o));
                case "pmd" -> pmds.put(o.name(), pmd(o));
                case "address_space" -> files.put(o.name(), file(o));
                case "anon_vma" -> anonVmaVmas.put(o.name(), pointers(o, "vmas["));
                default -> {
                }
                }
            }
            for (Trace.ObjectView o : view.objects()) {
                switch (o.kind()) {
                case "page" -> pageRefs(o, pages.get(o.name()));
                case "mm_struct" -> mmRefs(o, mms.get(o.name()));
                case "vm_area_struct" -> vmaRefs(o, vmas.get(o.name()));
                case "pmd" -> pmdRefs(o, pmds.get(o.name()));
                case "address_space" -> cache(o, files.get(o.name()));
                case "swap_info_struct" -> swap(o);
                case "userfaultfd_ctx" -> uffd(o);
                case "anon_vma" -> {
                }
                default -> other(o);
                }
            }
            for (Trace.ObjectView o : view.objects()) {
                if (o.kind().equals("page")) {
                    pageAnonVma(o, pages.get(o.name()));
                }
            }
            for (Trace.ThreadView t : view.threads()) {
                state.getThreads().add(thread(t));
            }
            return state;
        }

        /** A unique name for the model (names are references in the file format). */
        private String unique(String name) {
            String n = name.replaceAll("[\\s:#]", "-");
            if (n.isEmpty() || n.startsWith("/")) {
                n = "o" + n;
            }
            String u = n;
            for (int i = 2; !used.add(u); i++) {
                u = n + "-" + i;
            }
            return u;
        }

        private Page page(Trace.ObjectView o) {
            Page p = F.createPage();
            p.setName(unique(o.name()));
            p.setPfn(num(o, "pfn"));
            int ref = (int) num(o, "_refcount");
            p.setRefcount(ref);
            p.setMapcount((int) num(o, "_mapcount") + 1);
            p.setPincount(ref >= GUP_PIN_COUNTING_BIAS ? ref / GUP_PIN_COUNTING_BIAS : 0);
            p.setOrder((int) num(o, "order"));
            p.setIndex(num(o, "index"));
            p.setData(text(o, "data"));
            for (String f : tokens(text(o, "flags"))) {
                PageFlag pf = pageFlag(f);
                if (pf != null && !p.getFlags().contains(pf)) {
                    p.getFlags().add(pf);
                }
            }
            p.setFree(p.getFlags().contains(PageFlag.BUDDY));
            p.setBuffers(p.getFlags().contains(PageFlag.PRIVATE));
            if (p.getFlags().contains(PageFlag.LOCKED)) {
                Lock l = F.createLock();
                l.setName("PG_locked");
                l.setKind(LockKind.PAGE_LOCK);
                l.setMode(LockMode.EXCLUSIVE);
                p.setLock(l);
            }
            state.getPages().add(p);
            return p;
        }

        private void pageRefs(Trace.ObjectView o, Page p) {
            Page head = pages.get(text(o, "compound_head"));
            if (head != null && head != p) {
                p.setCompoundHead(head);
                if (!p.getFlags().contains(PageFlag.COMPOUND_TAIL)) {
                    p.getFlags().add(PageFlag.COMPOUND_TAIL);
                }
            }
            File f = files.get(text(o, "mapping"));
            if (f != null) {
                p.setMapping(f);
            }
        }

        private void pageAnonVma(Trace.ObjectView o, Page p) {
            List<String> vs = anonVmaVmas.get(text(o, "anon_vma"));
            if (vs != null && !vs.isEmpty()) {
                p.setAnonVma(vmas.get(vs.get(0)));
            }
            String priv = text(o, "private");
            if (priv != null && priv.startsWith("swap:")) {
                p.setSwapSlot(slot(priv.substring(5)));
            }
        }

        private Mm mm(Trace.ObjectView o) {
            Mm m = F.createMm();
            m.setName(unique(o.name()));
            m.setPid((int) num(o, "pid"));
            m.setRssAnon((int) num(o, "rss_anon"));
            m.setRssFile((int) num(o, "rss_file"));
            m.setRssShmem((int) num(o, "rss_shmem"));
            Lock l = F.createLock();
            l.setName("mmap_lock");
            l.setKind(LockKind.MMAP_LOCK);
            long v = num(o, "mmap_lock");
            l.setMode(v == 0 ? LockMode.UNLOCKED : v < 0 ? LockMode.EXCLUSIVE : LockMode.SHARED);
            if (v > 0) {
                l.getHolders().add(v + " reader" + (v > 1 ? "s" : ""));
            }
            m.setMmapLock(l);
            state.getMms().add(m);
            return m;
        }

        private void mmRefs(Trace.ObjectView o, Mm m) {
            for (String v : pointers(o, "vmas[")) {
                Vma vma = vmas.get(v);
                if (vma != null && vma.eContainer() == null) {
                    m.getVmas().add(vma);
                }
            }
            for (String p : pointers(o, "pmds[")) {
                Pmd pmd = pmds.get(p);
                if (pmd != null && pmd.eContainer() == null) {
                    m.getPmds().add(pmd);
                }
            }
        }

        private Vma vma(Trace.ObjectView o) {
            Vma v = F.createVma();
            v.setName(unique(o.name()));
            v.setStart(num(o, "vm_start"));
            v.setEnd(num(o, "vm_end"));
            v.setPgoff(num(o, "vm_pgoff"));
            long flags = num(o, "vm_flags");
            for (Object[] f : VM_FLAGS) {
                if ((flags & (Long) f[0]) != 0) {
                    v.getFlags().add((VmFlag) f[1]);
                }
            }
            v.setKind(VmaKind.ANONYMOUS);
            return v;
        }

        private void vmaRefs(Trace.ObjectView o, Vma v) {
            File f = files.get(text(o, "vm_file"));
            if (f != null) {
                v.setFile(f);
                v.setKind(f.getKind() == FileKind.SHMEM ? VmaKind.SHMEM : VmaKind.FILE);
            }
            if (v.eContainer() == null) {
                // a VMA no mm lists (e.g. unmapped): keep it visible under its vm_mm
                Mm m = mms.get(text(o, "vm_mm"));
                if (m != null) {
                    m.getVmas().add(v);
                }
            }
        }

        private Pmd pmd(Trace.ObjectView o) {
            Pmd p = F.createPmd();
            p.setAddress(num(o, "addr"));
            String word = text(o, "pmd");
            Set<String> bits = tokens(word);
            p.setKind(bits.contains("table") ? PmdKind.TABLE : bits.contains("huge") ? PmdKind.HUGE
                    : "none".equals(word) || word == null ? PmdKind.NONE : PmdKind.TABLE);
            if (p.getKind() == PmdKind.HUGE) {
                p.setWrite(bits.contains("write"));
                p.setDirty(bits.contains("dirty"));
                p.setYoung(bits.contains("young"));
                p.setUffdWp(bits.contains("uffd-wp"));
            }
            p.setPtl(spinlock(o, "ptl", LockKind.PTL));
            return p;
        }

        private void pmdRefs(Trace.ObjectView o, Pmd p) {
            if (p.getKind() == PmdKind.HUGE) {
                Page page = pages.get(attr(text(o, "pmd"), "page"));
                if (page != null) {
                    p.setPage(page);
                    p.setPfn(page.getPfn());
                }
            }
            for (Trace.FieldView f : o.fields()) {
                if (!f.name().startsWith("pte[")) {
                    continue;
                }
                int i = Integer.parseInt(f.name().substring(4, f.name().length() - 1));
                Pte e = pte(f.text());
                e.setAddress(p.getAddress() + i * PAGE_SIZE);
                p.getPtes().add(e);
                String prefix = o.name().contains("-pmd-") ? o.name().substring(0, o.name().indexOf("-pmd-") + 1) : "";
                ptesByName.put(prefix + "pte-0x" + Long.toHexString(e.getAddress()), e);
            }
            if (p.eContainer() == null) {
                Mm m = mms.get(text(o, "mm"));
                if (m != null) {
                    m.getPmds().add(p);
                }
            }
        }

        private Pte pte(String text) {
            Pte e = F.createPte();
            Set<String> bits = tokens(text);
            if (text == null || text.equals("none") || text.equals("0")) {
                e.setKind(PteKind.NONE);
                return e;
            }
            if (text.startsWith("swap:")) {
                e.setKind(PteKind.SWAP);
                e.setSwapSlot(slot(text.substring(5).split("\\|")[0]));
                e.setUffdWp(bits.contains("uffd-wp"));
                return e;
            }
            if (text.startsWith("marker:")) {
                e.setKind(PteKind.MARKER);
                e.setMarker(text.substring(7));
                e.setUffdWp(text.contains("uffd-wp"));
                return e;
            }
            Page page = pages.get(attr(text, "page"));
            boolean zero = bits.contains("special") || page != null && page.getFlags().contains(PageFlag.ZERO_PAGE);
            e.setKind(!bits.contains("present") ? PteKind.NONE : zero ? PteKind.ZERO_PAGE : PteKind.PRESENT);
            if (page != null) {
                e.setPage(page);
                e.setPfn(page.getPfn());
            } else if (attr(text, "pfn") != null) {
                e.setPfn(Long.decode(attr(text, "pfn")));
            }
            e.setWrite(bits.contains("write"));
            e.setDirty(bits.contains("dirty"));
            e.setYoung(bits.contains("young"));
            e.setUffdWp(bits.contains("uffd-wp"));
            e.setSoftDirty(bits.contains("soft-dirty"));
            e.setExclusive(bits.contains("exclusive"));
            return e;
        }

        private File file(Trace.ObjectView o) {
            File f = F.createFile();
            f.setName(unique(o.name()));
            long flags = num(o, "flags");
            // AS_SHMEM is bit 0 in the model (lib/mm/types.pgl)
            f.setKind((flags & 1) != 0 ? FileKind.SHMEM : FileKind.REGULAR);
            f.setSize(num(o, "size") * PAGE_SIZE);
            state.getFiles().add(f);
            return f;
        }

        private void cache(Trace.ObjectView o, File f) {
            for (Trace.FieldView fv : o.fields()) {
                if (!fv.name().startsWith("i_pages[") || fv.text() == null || fv.text().equals("empty") || fv.text().equals("0")) {
                    continue;
                }
                CacheEntry c = F.createCacheEntry();
                c.setIndex(Long.parseLong(fv.name().substring(8, fv.name().length() - 1)));
                if (fv.text().startsWith("swap:")) {
                    c.setSwapSlot(slot(fv.text().substring(5)));
                } else if (pages.containsKey(fv.text())) {
                    c.setPage(pages.get(fv.text()));
                } else {
                    c.setShadow(true);
                }
                f.getCache().add(c);
            }
        }

        private void swap(Trace.ObjectView o) {
            for (Trace.FieldView fv : o.fields()) {
                if (fv.name().startsWith("swap_map[") && fv.value() > 0) {
                    String i = fv.name().substring(9, fv.name().length() - 1);
                    SwapSlot s = slot(i);
                    s.setCount(fv.value());
                    s.setData(text(o, "data[" + i + "]"));
                    Page cached = pages.get(text(o, "cache[" + i + "]"));
                    if (cached != null) {
                        s.setCachePage(cached);
                    }
                }
            }
        }

        private SwapSlot slot(String index) {
            return slots.computeIfAbsent(index, k -> {
                SwapSlot s = F.createSwapSlot();
                s.setName(unique("swap-" + k));
                try {
                    s.setOffset(Long.parseLong(k.trim()));
                } catch (NumberFormatException e) {
                    // keep offset 0 for unusual names
                }
                state.getSwapSlots().add(s);
                return s;
            });
        }

        private void uffd(Trace.ObjectView o) {
            Userfaultfd u = F.createUserfaultfd();
            u.setName(o.name());
            u.setWp(true);
            long pending = num(o, "pending");
            if (pending != 0) {
                UffdMessage m = F.createUffdMessage();
                m.setAddress(num(o, "msg_address"));
                m.setKind((num(o, "msg_flags") & 2) != 0 ? "wp" : "missing");
                m.setThread(pending == 1 ? "waiting for the monitor" : "read by the monitor");
                u.getPending().add(m);
            }
            uffds.put(o.name(), u);
            Mm m = mms.get(text(o, "mm"));
            if (m != null && m.getUserfaultfd() == null) {
                m.setUserfaultfd(u);
            }
        }

        private void other(Trace.ObjectView o) {
            for (Trace.FieldView f : o.fields()) {
                NamedValue v = F.createNamedValue();
                v.setName(o.fields().size() == 1 && (f.name().equals("value") || f.name().isEmpty()) ? o.name()
                        : o.name() + "." + f.name());
                v.setValue(f.text());
                state.getValues().add(v);
            }
        }

        private ThreadState thread(Trace.ThreadView t) {
            ThreadState s = F.createThreadState();
            s.setName(t.name());
            s.setIndex(t.index());
            s.setStatus(switch (t.status()) {
            case "blocked" -> ThreadStatus.BLOCKED;
            case "finished" -> ThreadStatus.DONE;
            case "waiting" -> ThreadStatus.WAITING;
            default -> ThreadStatus.RUNNABLE;
            });
            if (t.line() > 0) {
                s.setLocation((t.function() == null ? "" : t.function() + " ") + "line " + t.line());
            }
            s.getStack().addAll(t.stack());
            for (Map.Entry<String, Integer> r : t.registers().entrySet()) {
                NamedValue v = F.createNamedValue();
                v.setName(r.getKey());
                v.setValue(String.valueOf(r.getValue()));
                s.getRegisters().add(v);
            }
            return s;
        }

        private Lock spinlock(Trace.ObjectView o, String field, LockKind kind) {
            Lock l = F.createLock();
            l.setName(field);
            l.setKind(kind);
            String t = text(o, field);
            if (t != null && t.startsWith("held by ")) {
                l.setMode(LockMode.EXCLUSIVE);
                l.getHolders().add(t.substring(8));
            } else {
                l.setMode(LockMode.UNLOCKED);
            }
            return l;
        }

        /** Highlighting for a step's changes: the model object and feature each changed field lands in. */
        Map<EObject, Set<EStructuralFeature>> changes(List<Trace.Change> changes) {
            Map<EObject, Set<EStructuralFeature>> m = new LinkedHashMap<>();
            for (Trace.Change c : changes) {
                EObject target = null;
                EStructuralFeature feature = null;
                switch (c.kind()) {
                case "page" -> {
                    target = pages.get(c.object());
                    feature = switch (c.field()) {
                    case "_refcount" -> P.getPage_Refcount();
                    case "_mapcount" -> P.getPage_Mapcount();
                    case "flags" -> P.getPage_Flags();
                    case "data" -> P.getPage_Data();
                    case "mapping" -> P.getPage_Mapping();
                    case "anon_vma" -> P.getPage_AnonVma();
                    case "index" -> P.getPage_Index();
                    case "private" -> P.getPage_SwapSlot();
                    default -> null;
                    };
                }
                case "pte" -> {
                    target = ptesByName.get(c.object());
                    feature = P.getPte_Kind();
                }
                case "pmd" -> {
                    target = pmds.get(c.object());
                    feature = c.field().equals("ptl") ? P.getPmd_Ptl() : P.getPmd_Kind();
                }
                case "mm_struct" -> {
                    target = mms.get(c.object());
                    feature = c.field().startsWith("rss_anon") ? P.getMm_RssAnon()
                            : c.field().startsWith("rss_file") ? P.getMm_RssFile()
                            : c.field().startsWith("rss_shmem") ? P.getMm_RssShmem()
                            : c.field().equals("mmap_lock") ? P.getMm_MmapLock() : null;
                }
                case "vm_area_struct" -> {
                    target = vmas.get(c.object());
                    feature = c.field().equals("vm_flags") ? P.getVma_Flags() : null;
                }
                case "address_space" -> {
                    target = files.get(c.object());
                    feature = P.getFile_Cache();
                }
                case "userfaultfd_ctx" -> {
                    target = uffds.get(c.object());
                    feature = P.getUserfaultfd_Pending();
                }
                default -> {
                    for (NamedValue v : state.getValues()) {
                        if (v.getName().equals(c.object()) || v.getName().equals(c.object() + "." + c.field())) {
                            target = v;
                            feature = P.getNamedValue_Value();
                        }
                    }
                }
                }
                if (target != null) {
                    Set<EStructuralFeature> s = m.computeIfAbsent(target, k -> new LinkedHashSet<>());
                    if (feature != null) {
                        s.add(feature);
                    }
                }
            }
            return m;
        }
    }

    private static final Object[][] VM_FLAGS = {
            { 0x1L, VmFlag.READ }, { 0x2L, VmFlag.WRITE }, { 0x4L, VmFlag.EXEC }, { 0x8L, VmFlag.SHARED },
            { 0x10L, VmFlag.MAYREAD }, { 0x20L, VmFlag.MAYWRITE }, { 0x40L, VmFlag.MAYEXEC }, { 0x80L, VmFlag.MAYSHARE },
            { 0x200L, VmFlag.UFFD_MISSING }, { 0x1000L, VmFlag.UFFD_WP }, { 0x2000L, VmFlag.LOCKED },
            { 0x20000000L, VmFlag.HUGEPAGE }, { 0x40000000L, VmFlag.NOHUGEPAGE } };

    private static PageFlag pageFlag(String name) {
        String n = switch (name) {
        case "zero" -> "zero_page";
        case "discardable", "arch_1" -> null;
        default -> name;
        };
        return n == null ? null : PageFlag.get(n.toLowerCase(Locale.ROOT));
    }

    private static Trace.FieldView field(Trace.ObjectView o, String name) {
        return o.field(name);
    }

    private static String text(Trace.ObjectView o, String name) {
        Trace.FieldView f = field(o, name);
        return f == null ? null : f.text();
    }

    /** A numeric field: its raw value (the text may be hex, a name, ...). */
    private static long num(Trace.ObjectView o, String name) {
        Trace.FieldView f = field(o, name);
        return f == null ? 0 : f.value();
    }

    /** Names of the objects an array of pointers (e.g. "vmas[") points to, skipping NULLs. */
    private static List<String> pointers(Trace.ObjectView o, String prefix) {
        List<String> l = new ArrayList<>();
        for (Trace.FieldView f : o.fields()) {
            if (f.name().startsWith(prefix) && f.value() != 0 && f.text() != null && !f.text().equals("0")) {
                l.add(f.text());
            }
        }
        return l;
    }

    /** "present|write page=P" -> {present, write, page=P}. */
    private static Set<String> tokens(String text) {
        Set<String> s = new LinkedHashSet<>();
        if (text == null) {
            return s;
        }
        for (String part : text.split("[|\\s]+")) {
            if (!part.isEmpty()) {
                s.add(part);
            }
        }
        return s;
    }

    /** The value of "key=value" in a decoded word, or null. */
    private static String attr(String text, String key) {
        if (text == null) {
            return null;
        }
        for (String part : text.split("[|\\s]+")) {
            if (part.startsWith(key + "=")) {
                return part.substring(key.length() + 1);
            }
        }
        return null;
    }
}
