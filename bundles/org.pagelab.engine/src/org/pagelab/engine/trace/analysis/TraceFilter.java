package org.pagelab.engine.trace.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.pagelab.engine.ProgressMonitor;
import org.pagelab.engine.trace.FieldValue;
import org.pagelab.engine.trace.MmKind;
import org.pagelab.engine.trace.PageFlags;
import org.pagelab.engine.trace.PostingIndex;
import org.pagelab.engine.trace.Trace;
import org.pagelab.engine.trace.TraceEvent;

/**
 * The event filter of the trace viewer and of {@code pagelab trace events
 * --filter}: space-separated terms, all of which must hold.
 *
 * <pre>
 *   event:mm_page_alloc,mm_page_free   tracepoint names (also name:)
 *   pid:123,456   cpu:0   pfn:0x17ac9   mm:1479246175   comm:bash
 *   time:1184.5582..1184.56           seconds, either bound may be left out
 *   count&gt;2  order=0  gfp_flags~ZERO  flags~lru    field predicates: = == != &lt; &lt;= &gt; &gt;= ~ (contains)
 *   fault                              any other word: the event text contains it
 * </pre>
 *
 * Index terms (event, pid, cpu, pfn, mm, time) are answered from the
 * indexes; field predicates and words re-read only the candidate events.
 */
public final class TraceFilter {
    private final List<String> names = new ArrayList<>();
    private final List<Integer> pids = new ArrayList<>();
    private final List<Integer> cpus = new ArrayList<>();
    private final List<Long> pfns = new ArrayList<>();
    private final List<Long> mms = new ArrayList<>();
    private final List<String> comms = new ArrayList<>();
    private long fromNs = Long.MIN_VALUE;
    private long toNs = Long.MAX_VALUE;
    private final List<Predicate> predicates = new ArrayList<>();
    private final List<String> words = new ArrayList<>();
    private final String text;

    private record Predicate(String field, String op, String value) {
    }

    private TraceFilter(String text) {
        this.text = text;
    }

    /** The filter text as given. */
    @Override
    public String toString() {
        return text;
    }

    /** True if the filter accepts every event. */
    public boolean isEmpty() {
        return names.isEmpty() && pids.isEmpty() && cpus.isEmpty() && pfns.isEmpty() && mms.isEmpty()
                && comms.isEmpty() && fromNs == Long.MIN_VALUE && toNs == Long.MAX_VALUE && predicates.isEmpty()
                && words.isEmpty();
    }

    /** Parses filter text; IllegalArgumentException with a one-line message naming the bad term. */
    public static TraceFilter parse(String text) {
        TraceFilter f = new TraceFilter(text == null ? "" : text.trim());
        if (f.text.isEmpty()) {
            return f;
        }
        for (String term : f.text.split("\\s+")) {
            f.term(term);
        }
        return f;
    }

    private void term(String t) {
        int colon = t.indexOf(':');
        String key = colon > 0 ? t.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        String val = colon > 0 ? t.substring(colon + 1) : "";
        switch (key) {
            case "event":
            case "name":
                names.addAll(list(t, val));
                return;
            case "pid":
                for (String v : list(t, val)) {
                    pids.add((int) number(t, v));
                }
                return;
            case "cpu":
                for (String v : list(t, val)) {
                    cpus.add((int) number(t, v));
                }
                return;
            case "pfn":
                for (String v : list(t, val)) {
                    pfns.add(number(t, v));
                }
                return;
            case "mm":
                for (String v : list(t, val)) {
                    mms.add(number(t, v));
                }
                return;
            case "comm":
                comms.addAll(list(t, val));
                return;
            case "time": {
                int dots = val.indexOf("..");
                if (dots < 0) {
                    throw new IllegalArgumentException("'" + t + "': write time:FROM..TO in seconds");
                }
                String a = val.substring(0, dots);
                String b = val.substring(dots + 2);
                fromNs = a.isEmpty() ? Long.MIN_VALUE : seconds(t, a);
                toNs = b.isEmpty() ? Long.MAX_VALUE : seconds(t, b);
                return;
            }
            default:
                break;
        }
        for (String op : new String[] {"==", "!=", ">=", "<=", "=", ">", "<", "~"}) {
            int i = t.indexOf(op);
            if (i > 0) {
                String field = t.substring(0, i);
                if (FieldValue.parse(field).kind() == FieldValue.Kind.SYMBOL) {
                    String v = t.substring(i + op.length());
                    if (v.isEmpty()) {
                        throw new IllegalArgumentException("'" + t + "': no value after " + op);
                    }
                    predicates.add(new Predicate(field, op.equals("==") ? "=" : op, v));
                    return;
                }
            }
        }
        if (colon > 0) {
            throw new IllegalArgumentException("'" + t + "': unknown filter key '" + key
                    + "' (event, pid, cpu, pfn, mm, comm, time)");
        }
        words.add(t);
    }

    private static List<String> list(String term, String v) {
        List<String> out = new ArrayList<>();
        for (String s : v.split(",")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("'" + term + "': no value");
        }
        return out;
    }

    private static long number(String term, String v) {
        try {
            String s = v.toLowerCase(Locale.ROOT);
            return s.startsWith("0x") ? Long.parseUnsignedLong(s.substring(2), 16) : Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + term + "': '" + v + "' is not a number");
        }
    }

    private static long seconds(String term, String v) {
        try {
            return new java.math.BigDecimal(v).movePointRight(9).setScale(0, java.math.RoundingMode.HALF_UP)
                    .longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + term + "': '" + v + "' is not a time in seconds");
        }
    }

    /**
     * The indices of the matching events, ascending. Index terms narrow the
     * candidates first; predicates re-read the candidates' payloads
     * (progress, cancellation through the monitor).
     */
    public int[] apply(Trace t, ProgressMonitor monitor) {
        int from = fromNs == Long.MIN_VALUE ? 0 : t.firstAtOrAfter(fromNs);
        int to = toNs == Long.MAX_VALUE ? t.size() : t.firstAtOrAfter(toNs == Long.MAX_VALUE ? toNs : toNs + 1);
        int[] cand = null; // null: every event in [from, to)
        if (!names.isEmpty()) {
            List<Integer> types = new ArrayList<>();
            for (String n : names) {
                int ty = t.typeId(n);
                if (ty >= 0) {
                    types.add(ty);
                }
            }
            cand = narrow(cand, union(t.byType(), types, from, to));
        }
        if (!pids.isEmpty()) {
            List<Integer> keys = new ArrayList<>();
            for (int p : pids) {
                if (t.pidKey(p) >= 0) {
                    keys.add(t.pidKey(p));
                }
            }
            cand = narrow(cand, union(t.byPid(), keys, from, to));
        }
        if (!cpus.isEmpty()) {
            cand = narrow(cand, union(t.byCpu(), cpus, from, to));
        }
        if (!pfns.isEmpty()) {
            List<Integer> keys = new ArrayList<>();
            for (long p : pfns) {
                if (t.pageOfPfn(p) >= 0) {
                    keys.add(t.pageOfPfn(p));
                }
            }
            cand = narrow(cand, union(t.byPage(), keys, from, to));
        }
        if (!mms.isEmpty()) {
            List<Integer> keys = new ArrayList<>();
            for (long m : mms) {
                for (MmKind k : MmKind.values()) {
                    int id = t.mmOf(k, m);
                    if (id >= 0) {
                        keys.add(id);
                    }
                }
            }
            cand = narrow(cand, union(t.byMm(), keys, from, to));
        }
        boolean reread = !predicates.isEmpty() || !words.isEmpty();
        int n = cand == null ? to - from : cand.length;
        int[] out = new int[Math.max(0, n)];
        int k = 0;
        monitor.begin("Filtering " + text, n);
        for (int j = 0; j < n; j++) {
            int i = cand == null ? from + j : cand[j];
            if (!comms.isEmpty() && !comms.contains(t.comm(i))) {
                continue;
            }
            if (reread && !matches(t, t.event(i))) {
                continue;
            }
            out[k++] = i;
            if ((j & 0xFFF) == 0) {
                monitor.worked(j);
                monitor.checkCanceled();
            }
        }
        monitor.done();
        return Arrays.copyOf(out, k);
    }

    /** True if event e satisfies the predicates and words (index terms are not checked here). */
    public boolean matches(Trace t, TraceEvent e) {
        for (Predicate p : predicates) {
            if (!test(t, e, p)) {
                return false;
            }
        }
        if (!words.isEmpty()) {
            String line = e.name() + " " + e.payload() + " " + e.comm();
            for (String w : words) {
                if (!line.contains(w)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean test(Trace t, TraceEvent e, Predicate p) {
        FieldValue v = e.field(p.field());
        if (v == null) {
            return p.op().equals("!=");
        }
        if (p.op().equals("~")) {
            if (p.field().equals("flags") && (e.name().startsWith("page_ref_"))) {
                String layout = t.metadata().getOrDefault("page_flags_layout", PageFlags.LAYOUT_6);
                return String.join("|", PageFlags.names(v, layout)).contains(p.value());
            }
            return v.toString().contains(p.value()) || String.join("|", v.names()).contains(p.value());
        }
        FieldValue want = FieldValue.parse(p.value());
        int c;
        if (v.isNumeric() && want.isNumeric()) {
            c = Long.compare(v.longValue(0), want.longValue(0));
        } else {
            c = v.toString().compareTo(p.value());
        }
        switch (p.op()) {
            case "=":
                return c == 0;
            case "!=":
                return c != 0;
            case "<":
                return c < 0;
            case "<=":
                return c <= 0;
            case ">":
                return c > 0;
            default:
                return c >= 0;
        }
    }

    /** Events in [from, to) having any of the keys, ascending. */
    private static int[] union(PostingIndex idx, List<Integer> keys, int from, int to) {
        int total = 0;
        for (int k : keys) {
            total += idx.count(k);
        }
        int[] out = new int[total];
        int n = 0;
        for (int k : keys) {
            PostingIndex.Cursor c = idx.cursorFrom(k, from);
            while (c.next() && c.value() < to) {
                out[n++] = c.value();
            }
        }
        out = Arrays.copyOf(out, n);
        if (keys.size() > 1) {
            Arrays.sort(out);
        }
        return out;
    }

    /** Intersection of two ascending lists (a null: everything). */
    private static int[] narrow(int[] a, int[] b) {
        if (a == null) {
            return b;
        }
        int[] out = new int[Math.min(a.length, b.length)];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                out[n++] = a[i];
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
