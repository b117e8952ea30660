package org.pagelab.engine.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.pagelab.engine.trace.MmKind;
import org.pagelab.engine.trace.Trace;
import org.pagelab.engine.trace.TraceEvent;
import org.pagelab.model.findings.Anchor;
import org.pagelab.model.findings.Finding;
import org.pagelab.model.findings.FindingsFile;
import org.pagelab.model.findings.PageAnchor;
import org.pagelab.model.findings.StepAnchor;
import org.pagelab.model.findings.StepRangeAnchor;
import org.pagelab.model.findings.TimeRangeAnchor;
import org.pagelab.model.findings.TraceEventAnchor;
import org.pagelab.model.findings.VmaAnchor;

/**
 * Finds again what a finding annotates, by content:
 * <ul>
 * <li>a step: the step of the same thread at the same function and source
 * line text (white space ignored), the how-manieth such step as recorded
 * (ordinal), preferring the one with the same state changes; line numbers
 * and step indexes are only hints, so inserted lines, comments or steps of
 * other threads do not detach it. If the function was renamed or the line
 * edited, a step of the thread with the same line text, or with the same
 * function and changes, is taken and the place marked MOVED;</li>
 * <li>a trace event: the event of the same CPU and name at the same
 * timestamp with the same payload hash; within 1 us (the same capture
 * opened in a text format that rounds to microseconds) MOVED;</li>
 * <li>a page by name (scenario) or pfn (trace); a VMA by name (scenario) or
 * mm (trace); a time range if it overlaps the trace.</li>
 * </ul>
 * Anything else is LOST, with the reason, for the user to re-anchor or delete.
 */
public final class Placement {
    /** How well an anchor was placed. */
    public enum Status {
        /** Found with everything it recorded. */
        EXACT,
        /** Found by content, but something it recorded differs (see the note). */
        MOVED,
        /** Can no longer be placed (see the note). */
        LOST
    }

    /**
     * Where an anchor is now.
     *
     * @param step     the (first) step, or -1
     * @param lastStep the last step of a range (== step otherwise), or -1
     * @param event    the trace event index, or -1
     * @param start    time range start (ns) in a trace, or the event's timestamp; 0 otherwise
     * @param end      time range end (ns), or the event's timestamp; 0 otherwise
     * @param where    the place for people ("step 7 (reclaim, try_to_unmap_one)")
     * @param note     why it is MOVED or LOST, or ""
     */
    public record Place(Status status, int step, int lastStep, int event, long start, long end, String where,
            String note) {
        public boolean placed() {
            return status != Status.LOST;
        }

        static Place lost(String why) {
            return new Place(Status.LOST, -1, -1, -1, 0, 0, "", why);
        }
    }

    /** A finding and where it is. */
    public record Placed(Finding finding, Place place) {
    }

    private Placement() {
    }

    /** Places every finding of a file on a counterexample, in file order. */
    public static List<Placed> placeAll(FindingsFile file, StepSubject s) {
        List<Placed> out = new ArrayList<>();
        for (Finding f : file.getFindings()) {
            out.add(new Placed(f, place(f.getAnchor(), s)));
        }
        return out;
    }

    /** Places every finding of a file on a trace, in file order. */
    public static List<Placed> placeAll(FindingsFile file, Trace t) {
        List<Placed> out = new ArrayList<>();
        for (Finding f : file.getFindings()) {
            out.add(new Placed(f, place(f.getAnchor(), t)));
        }
        return out;
    }

    /**
     * The placed findings in the order of what they annotate (step, then
     * time), findings without a position (a page, a VMA) after them and lost
     * ones last; equal positions keep file order.
     */
    public static List<Placed> inReplyOrder(List<Placed> placed) {
        List<Placed> out = new ArrayList<>(placed);
        out.sort(Comparator.comparingLong(Placement::orderKey));
        return out;
    }

    private static long orderKey(Placed p) {
        Place pl = p.place();
        if (!pl.placed()) {
            return Long.MAX_VALUE;
        }
        if (pl.step() >= 0) {
            return pl.step();
        }
        if (pl.event() >= 0 || pl.start() != 0 || pl.end() != 0) {
            return pl.start();
        }
        return Long.MAX_VALUE - 1;
    }

    /** One line per finding that could not be placed: "F3 "title": reason". */
    public static List<String> lostReport(List<Placed> placed) {
        List<String> out = new ArrayList<>();
        for (Placed p : placed) {
            if (!p.place().placed()) {
                out.add(p.finding().getId() + " \"" + p.finding().getTitle() + "\" (" + Anchors.label(p.finding().getAnchor())
                        + "): " + p.place().note());
            }
        }
        return out;
    }

    // ---- counterexamples ----------------------------------------------------

    /** Places an anchor on a counterexample. */
    public static Place place(Anchor a, StepSubject s) {
        if (a instanceof StepAnchor sa) {
            return placeStep(sa, s);
        }
        if (a instanceof StepRangeAnchor r) {
            Place first = placeStep(r.getFirst(), s);
            Place last = placeStep(r.getLast(), s);
            if (!first.placed() || !last.placed()) {
                return Place.lost((first.placed() ? "its last step: " + last.note() : "its first step: " + first.note()));
            }
            int a0 = Math.min(first.step(), last.step());
            int a1 = Math.max(first.step(), last.step());
            boolean exact = first.status() == Status.EXACT && last.status() == Status.EXACT;
            String note = join(first.note(), last.note());
            return new Place(exact ? Status.EXACT : Status.MOVED, a0, a1, -1, 0, 0,
                    "steps " + (a0 + 1) + "-" + (a1 + 1), note);
        }
        if (a instanceof PageAnchor p) {
            if (p.getName() == null || p.getName().isEmpty()) {
                return Place.lost("page pfn 0x" + Long.toHexString(p.getPfn()) + " is a trace's page, not a scenario's");
            }
            if (!s.pages().contains(p.getName())) {
                return Place.lost("the scenario has no page named " + p.getName() + " any more");
            }
            return withAt(p.getAt(), s, "page " + p.getName());
        }
        if (a instanceof VmaAnchor v) {
            if (v.getName() == null || v.getName().isEmpty() || !s.vmas().contains(v.getName())) {
                return Place.lost("the scenario has no VMA named " + (v.getName() == null ? "" : v.getName()) + " any more");
            }
            return withAt(v.getAt(), s, "VMA " + v.getName());
        }
        return Place.lost("a " + kindName(a) + " needs a trace, this is a counterexample");
    }

    private static Place withAt(StepAnchor at, StepSubject s, String what) {
        if (at == null) {
            return new Place(Status.EXACT, -1, -1, -1, 0, 0, what, "");
        }
        Place p = placeStep(at, s);
        if (!p.placed()) {
            return new Place(Status.MOVED, -1, -1, -1, 0, 0, what, "the step it was looked at is gone: " + p.note());
        }
        return new Place(p.status(), p.step(), p.step(), -1, 0, 0, what + " after " + p.where(), p.note());
    }

    private static Place placeStep(StepAnchor a, StepSubject s) {
        List<StepKey> steps = s.steps();
        String thread = nz(a.getThread());
        String fn = nz(a.getFunction());
        String line = StepKey.normalize(a.getSourceLine());
        List<String> changes = a.getChanges();
        boolean threadExists = steps.stream().anyMatch(k -> k.thread().equals(thread));
        if (!threadExists) {
            return Place.lost("no step of a thread named '" + thread + "' in this counterexample");
        }
        List<StepKey> same = new ArrayList<>();
        for (StepKey k : steps) {
            if (Anchors.sameLine(k, thread, fn, line)) {
                same.add(k);
            }
        }
        String context = contextNote(a, s);
        if (!same.isEmpty()) {
            int ord = a.getOrdinal();
            if (ord >= 0 && ord < same.size() && same.get(ord).changes().equals(changes)) {
                return at(Status.EXACT, same.get(ord), context);
            }
            for (StepKey k : same) {
                if (!changes.isEmpty() && k.changes().equals(changes)) {
                    return at(Status.MOVED, k, join("another pass over this line now makes the same changes", context));
                }
            }
            StepKey k = ord >= 0 && ord < same.size() ? same.get(ord) : same.get(same.size() - 1);
            String why = ord >= same.size() ? "the thread now runs this line " + same.size() + " time(s), not "
                    + (ord + 1) : "its changes are now " + (k.changes().isEmpty() ? "none" : String.join(", ", k.changes()))
                            + " (were " + (changes.isEmpty() ? "none" : String.join(", ", changes)) + ")";
            return at(Status.MOVED, k, join(why, context));
        }
        if (!line.isEmpty()) {
            for (StepKey k : steps) {
                if (k.thread().equals(thread) && k.sourceLine().equals(line)) {
                    return at(Status.MOVED, k, join("the line is now in " + k.function() + " (was " + fn + ")", context));
                }
            }
        }
        if (!changes.isEmpty()) {
            for (StepKey k : steps) {
                if (k.thread().equals(thread) && k.function().equals(fn) && k.changes().equals(changes)) {
                    return at(Status.MOVED, k, join("the source line changed to '" + k.sourceLine() + "'", context));
                }
            }
        }
        return Place.lost("no step of " + thread + " runs '" + line + "' in " + fn + " any more" + (context.isEmpty() ? ""
                : " (" + context + ")"));
    }

    private static String contextNote(StepAnchor a, StepSubject s) {
        String note = "";
        if (a.getModel() != null && !a.getModel().isEmpty() && !a.getModel().equals(s.model())) {
            note = "made under model " + a.getModel() + ", now " + s.model();
        }
        if (a.getVariants() != null && !a.getVariants().isEmpty() && !a.getVariants().equals(s.variantsText())) {
            note = join(note, "made with " + a.getVariants());
        }
        return note;
    }

    private static Place at(Status st, StepKey k, String note) {
        return new Place(st, k.index(), k.index(), -1, 0, 0, k.describe(), note);
    }

    // ---- traces -------------------------------------------------------------

    /** Places an anchor on a trace. */
    public static Place place(Anchor a, Trace t) {
        if (a instanceof TraceEventAnchor e) {
            return placeEvent(e, t);
        }
        if (a instanceof TimeRangeAnchor r) {
            if (t.size() == 0 || r.getEnd() < t.firstTs() || r.getStart() > t.lastTs()) {
                return Place.lost("the trace (" + TraceEvent.formatTs(t.size() == 0 ? 0 : t.firstTs()) + "-"
                        + TraceEvent.formatTs(t.size() == 0 ? 0 : t.lastTs()) + ") does not cover "
                        + TraceEvent.formatTs(r.getStart()) + "-" + TraceEvent.formatTs(r.getEnd()));
            }
            boolean inside = r.getStart() >= t.firstTs() && r.getEnd() <= t.lastTs();
            int first = t.firstAtOrAfter(r.getStart());
            String where = TraceEvent.formatTs(r.getStart()) + "-" + TraceEvent.formatTs(r.getEnd())
                    + (r.getCpu() >= 0 ? " CPU " + r.getCpu() : "");
            return new Place(inside ? Status.EXACT : Status.MOVED, -1, -1, first < t.size() ? first : -1, r.getStart(),
                    r.getEnd(), where, inside ? "" : "the trace covers only part of it");
        }
        if (a instanceof PageAnchor p) {
            if (p.getPfn() < 0) {
                return Place.lost("page " + p.getName() + " is a scenario's page; a trace knows pages by pfn");
            }
            if (t.pageOfPfn(p.getPfn()) < 0) {
                return Place.lost("the trace has no event of pfn 0x" + Long.toHexString(p.getPfn()));
            }
            int[] ev = t.eventsOfPfn(p.getPfn());
            long ts = ev.length > 0 ? t.ts(ev[0]) : 0;
            return new Place(Status.EXACT, -1, -1, ev.length > 0 ? ev[0] : -1, ts, ts,
                    "pfn 0x" + Long.toHexString(p.getPfn()), "");
        }
        if (a instanceof VmaAnchor v) {
            Long mm = parseMm(v.getMm());
            if (mm == null) {
                return Place.lost("VMA " + v.getName() + " is a scenario's VMA; a trace knows mms by mm_id or pointer");
            }
            if (t.mmOf(MmKind.MM_ID, mm) < 0 && t.mmOf(MmKind.MM_POINTER, mm) < 0) {
                return Place.lost("the trace has no event of mm " + v.getMm());
            }
            return new Place(Status.EXACT, -1, -1, -1, 0, 0, Anchors.label(v), "");
        }
        return Place.lost("a " + kindName(a) + " needs a counterexample, this is a trace");
    }

    private static Long parseMm(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = s.strip();
        try {
            return v.startsWith("0x") ? Long.parseUnsignedLong(v.substring(2), 16) : Long.parseLong(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Same capture opened in a text format: timestamps rounded to the microsecond. */
    private static final long TOLERANCE_NS = 1000;

    private static Place placeEvent(TraceEventAnchor a, Trace t) {
        int hint = a.getIndex();
        if (hint >= 0 && hint < t.size() && matchesExactly(a, t, hint)) {
            return event(Status.EXACT, t, hint, "");
        }
        int typeId = t.typeId(a.getEvent());
        if (typeId < 0) {
            return Place.lost("the trace has no " + a.getEvent() + " event");
        }
        int only = -1;
        int candidates = 0;
        int hashNear = -1;
        for (int i = t.firstAtOrAfter(a.getTimestamp() - TOLERANCE_NS); i < t.size()
                && t.ts(i) <= a.getTimestamp() + TOLERANCE_NS; i++) {
            if (t.cpu(i) != a.getCpu() || t.type(i) != typeId) {
                continue;
            }
            boolean hash = Anchors.payloadHash(t.event(i).payload()).equals(a.getPayloadHash());
            if (hash && t.ts(i) == a.getTimestamp()) {
                return event(Status.EXACT, t, i, "");
            }
            if (hash && hashNear < 0) {
                hashNear = i;
            }
            only = i;
            candidates++;
        }
        if (hashNear >= 0) {
            return event(Status.MOVED, t, hashNear, "same event, timestamp differs by "
                    + Math.abs(t.ts(hashNear) - a.getTimestamp()) + " ns");
        }
        if (candidates == 1) {
            // the same capture in another format prints pointers differently
            return event(Status.MOVED, t, only, "the only " + a.getEvent() + " on CPU " + a.getCpu()
                    + " at that time, but its payload differs (was: " + a.getPayload() + ")");
        }
        return Place.lost("no " + a.getEvent() + " on CPU " + a.getCpu() + " at " + TraceEvent.formatTs(a.getTimestamp())
                + " with that payload");
    }

    private static boolean matchesExactly(TraceEventAnchor a, Trace t, int i) {
        return t.ts(i) == a.getTimestamp() && t.cpu(i) == a.getCpu() && t.typeName(t.type(i)).equals(a.getEvent())
                && Anchors.payloadHash(t.event(i).payload()).equals(a.getPayloadHash());
    }

    private static Place event(Status st, Trace t, int i, String note) {
        long ts = t.ts(i);
        return new Place(st, -1, -1, i, ts, ts, TraceEvent.formatTs(ts) + " CPU " + t.cpu(i) + " "
                + t.typeName(t.type(i)), note);
    }

    // ---- helpers --------------------------------------------------------------

    private static String kindName(Anchor a) {
        return switch (a.eClass().getName()) {
            case "TraceEventAnchor" -> "trace event";
            case "TimeRangeAnchor" -> "time range";
            case "StepAnchor" -> "counterexample step";
            case "StepRangeAnchor" -> "range of counterexample steps";
            default -> a.eClass().getName();
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String join(String a, String b) {
        if (a == null || a.isEmpty()) {
            return b == null ? "" : b;
        }
        return b == null || b.isEmpty() ? a : a + "; " + b;
    }
}
