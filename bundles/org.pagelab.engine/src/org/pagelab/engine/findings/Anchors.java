package org.pagelab.engine.findings;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.pagelab.engine.trace.TraceEvent;
import org.pagelab.model.findings.Anchor;
import org.pagelab.model.findings.FindingsFactory;
import org.pagelab.model.findings.PageAnchor;
import org.pagelab.model.findings.StepAnchor;
import org.pagelab.model.findings.StepRangeAnchor;
import org.pagelab.model.findings.TimeRangeAnchor;
import org.pagelab.model.findings.TraceEventAnchor;
import org.pagelab.model.findings.VmaAnchor;

/**
 * Making anchors from what the user selected: they record content (thread,
 * function, source line text, changes; timestamp, CPU, event name, payload
 * hash; page name or pfn) so that {@link Placement} finds the place again
 * after the scenario was edited or the trace reopened.
 */
public final class Anchors {
    private static final FindingsFactory F = FindingsFactory.eINSTANCE;

    private Anchors() {
    }

    /** An anchor on step {@code index} of a counterexample. */
    public static StepAnchor step(StepSubject s, int index) {
        StepKey k = s.steps().get(index);
        StepAnchor a = F.createStepAnchor();
        a.setThread(k.thread());
        a.setFunction(k.function());
        a.setFile(k.file());
        a.setSourceLine(k.sourceLine());
        a.setLine(k.line());
        a.getChanges().addAll(k.changes());
        a.setOrdinal(ordinal(s, index));
        a.setIndex(index);
        a.setModel(s.model());
        a.setVariants(s.variantsText());
        a.setLabel(k.describe() + (k.sourceLine().isEmpty() ? "" : ": " + k.sourceLine()));
        return a;
    }

    /** How many earlier steps have the same thread, function and source line. */
    static int ordinal(StepSubject s, int index) {
        StepKey k = s.steps().get(index);
        int n = 0;
        for (int i = 0; i < index; i++) {
            if (sameLine(s.steps().get(i), k.thread(), k.function(), k.sourceLine())) {
                n++;
            }
        }
        return n;
    }

    static boolean sameLine(StepKey k, String thread, String function, String sourceLine) {
        return k.thread().equals(thread) && k.function().equals(function)
                && k.sourceLine().equals(StepKey.normalize(sourceLine));
    }

    /** An anchor on steps {@code first..last} (both included) of a counterexample. */
    public static StepRangeAnchor stepRange(StepSubject s, int first, int last) {
        StepRangeAnchor a = F.createStepRangeAnchor();
        a.setFirst(step(s, Math.min(first, last)));
        a.setLast(step(s, Math.max(first, last)));
        a.setLabel("steps " + (Math.min(first, last) + 1) + "-" + (Math.max(first, last) + 1));
        return a;
    }

    /** An anchor on a page: by name in a scenario, by pfn in a trace (-1 when none), looked at after a step or not (-1). */
    public static PageAnchor page(String name, long pfn, StepSubject s, int atStep) {
        PageAnchor a = F.createPageAnchor();
        a.setName(name == null ? "" : name);
        a.setPfn(pfn);
        if (s != null && atStep >= 0) {
            a.setAt(step(s, atStep));
        }
        a.setLabel("page " + (a.getName().isEmpty() ? "" : a.getName())
                + (pfn >= 0 ? (a.getName().isEmpty() ? "" : " ") + "pfn 0x" + Long.toHexString(pfn) : "")
                + (a.getAt() == null ? "" : " after " + a.getAt().getLabel()));
        return a;
    }

    /** An anchor on a VMA. */
    public static VmaAnchor vma(String name, String mm, long start, long end, StepSubject s, int atStep) {
        VmaAnchor a = F.createVmaAnchor();
        a.setName(name == null ? "" : name);
        a.setMm(mm == null ? "" : mm);
        a.setStart(start);
        a.setEnd(end);
        if (s != null && atStep >= 0) {
            a.setAt(step(s, atStep));
        }
        a.setLabel("VMA " + (a.getName().isEmpty() ? "" : a.getName() + " ")
                + (end > start ? String.format(Locale.ROOT, "0x%x-0x%x", start, end) : "")
                + (a.getMm().isEmpty() ? "" : " of " + a.getMm()));
        a.setLabel(a.getLabel().strip());
        return a;
    }

    /** An anchor on a trace event. */
    public static TraceEventAnchor event(TraceEvent e) {
        TraceEventAnchor a = F.createTraceEventAnchor();
        a.setTimestamp(e.ts());
        a.setCpu(e.cpu());
        a.setPid(e.pid());
        a.setEvent(e.name());
        a.setPayloadHash(payloadHash(e.payload()));
        String p = StepKey.normalize(e.payload());
        a.setPayload(p.length() > 120 ? p.substring(0, 120) + "..." : p);
        a.setIndex(e.index());
        a.setLabel(e.tsText() + " CPU " + e.cpu() + " " + e.name());
        return a;
    }

    /** An anchor on a time range of a trace (cpu -1: every CPU). */
    public static TimeRangeAnchor timeRange(long start, long end, int cpu) {
        TimeRangeAnchor a = F.createTimeRangeAnchor();
        a.setStart(Math.min(start, end));
        a.setEnd(Math.max(start, end));
        a.setCpu(cpu);
        a.setLabel(TraceEvent.formatTs(a.getStart()) + "-" + TraceEvent.formatTs(a.getEnd())
                + (cpu >= 0 ? " CPU " + cpu : ""));
        return a;
    }

    /** FNV-1a 64-bit of the payload's UTF-8 bytes, white space collapsed, as 16 hex digits. */
    public static String payloadHash(String payload) {
        long h = 0xcbf29ce484222325L;
        for (byte b : StepKey.normalize(payload).getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return String.format(Locale.ROOT, "%016x", h);
    }

    /** Variants as stored in anchors: "f=v g=w", sorted by function. */
    public static String variantsText(Map<String, String> variants) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(variants).entrySet()) {
            b.append(b.length() == 0 ? "" : " ").append(e.getKey()).append('=').append(e.getValue());
        }
        return b.toString();
    }

    /** The label an anchor was given, or a description made from its fields. */
    public static String label(Anchor a) {
        if (a.getLabel() != null && !a.getLabel().isEmpty()) {
            return a.getLabel();
        }
        if (a instanceof StepAnchor s) {
            return s.getThread() + " " + s.getFunction() + ": " + s.getSourceLine();
        }
        if (a instanceof TraceEventAnchor e) {
            return TraceEvent.formatTs(e.getTimestamp()) + " CPU " + e.getCpu() + " " + e.getEvent();
        }
        return a.eClass().getName();
    }
}
