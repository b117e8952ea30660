package org.pagelab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pagelab.engine.report.Json;
import org.pagelab.engine.trace.Problem;
import org.pagelab.engine.trace.Trace;
import org.pagelab.engine.trace.TraceEvent;
import org.pagelab.engine.trace.TraceFiles;
import org.pagelab.engine.trace.analysis.PageLifecycle;
import org.pagelab.engine.trace.analysis.Series;
import org.pagelab.engine.trace.analysis.TraceFilter;
import org.pagelab.engine.trace.analysis.TraceQueries;

/** {@code ./pagelab trace SUBCOMMAND ...}: headless access to the trace readers, store and queries. */
public final class TraceCommand implements Command {
    @Override
    public String name() {
        return "trace";
    }

    @Override
    public String summary() {
        return "read ftrace traces (text, trace.dat, mail): stats, page series, lifecycles, benchmark";
    }

    @Override
    public String usage() {
        return """
                Usage:
                  ./pagelab trace stats [--json] FILE
                      format, events, CPUs, time span, events per tracepoint, unparsed lines, load time
                  ./pagelab trace series --pfn PFN --field count|mapcount [--csv] FILE
                      refcount or mapcount of one page over time, one point per page_ref_* event;
                      --csv prints only "timestamp_ns,value" lines
                  ./pagelab trace pages [--top N] [--json] FILE
                      the pages (pfns) with the most events, with their first and last event (N: 10)
                  ./pagelab trace page --pfn PFN FILE
                      every event of one page as its lifecycle, with a summary and anomalies
                  ./pagelab trace events [--filter 'TERMS'] [--from I] [--limit N] FILE
                      events as lines, re-read from the file (N: 20); TERMS as in the viewer's filter:
                      event:NAME,.. pid:N cpu:N pfn:0x.. mm:N comm:NAME time:FROM..TO (seconds)
                      FIELD=V FIELD>V FIELD~TEXT (field predicates) WORD (the event text contains it)
                  ./pagelab trace problems [--limit N] FILE
                      lines and pages that could not be loaded, with where they are (N: 50)
                  ./pagelab trace bench [--size MB] [--keep] [--dir DIR] [INPUT]
                      builds a >= 1 GB text trace in DIR (/tmp) by repeating INPUT (the shared ftrace
                      capture by default) with shifted timestamps, then measures loading it against
                      awk, and trace.dat loading against 'trace-cmd report' when trace-cmd is installed

                FILE may be tracefs trace/trace_pipe text (also latency format), trace-cmd report
                output, trace.dat (v6, v7 with zstd/zlib), a mail with pasted trace lines, or a
                Pagelab counterexample trace; the format is detected. PFN is hex (0x17ac9) or decimal.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("trace: missing subcommand (stats, series, pages, page, events, problems, "
                    + "bench); see ./pagelab help trace");
        }
        String sub = args.get(0);
        List<String> rest = args.subList(1, args.size());
        switch (sub) {
            case "stats":
                return stats(Args.parse("trace stats", rest, Set.of("--json"), Set.of()), out, err);
            case "series":
                return series(Args.parse("trace series", rest, Set.of("--csv"), Set.of("--pfn", "--field")), out,
                        err);
            case "pages":
                return pages(Args.parse("trace pages", rest, Set.of("--json"), Set.of("--top")), out, err);
            case "page":
                return page(Args.parse("trace page", rest, Set.of(), Set.of("--pfn")), out, err);
            case "events":
                return events(Args.parse("trace events", rest, Set.of(), Set.of("--from", "--limit", "--filter")),
                        out, err);
            case "problems":
                return problems(Args.parse("trace problems", rest, Set.of(), Set.of("--limit")), out, err);
            case "bench":
                return TraceBenchCommand.run(Args.parse("trace bench", rest, Set.of("--keep"),
                        Set.of("--size", "--dir")), out, err);
            default:
                throw new UsageException("trace: unknown subcommand '" + sub + "' (stats, series, pages, page, "
                        + "events, problems, bench)");
        }
    }

    private static Path file(String cmd, Args a) throws UsageException {
        if (a.operands().size() != 1) {
            throw new UsageException(cmd + ": expected one trace FILE, got " + a.operands().size()
                    + " operands; see ./pagelab help trace");
        }
        return Path.of(a.operands().get(0));
    }

    /** Loads the trace, or prints the located error and returns null. */
    private static Trace load(Path f, PrintStream err) {
        try {
            return TraceFiles.open(f, new CliProgress(err));
        } catch (IOException e) {
            err.println("pagelab trace: " + e.getMessage());
            return null;
        }
    }

    static long parsePfn(String cmd, String s) throws UsageException {
        if (s == null) {
            throw new UsageException(cmd + ": --pfn PFN is required");
        }
        try {
            String t = s.trim().toLowerCase(java.util.Locale.ROOT);
            long v = t.startsWith("0x") ? Long.parseUnsignedLong(t.substring(2), 16) : Long.parseLong(t);
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new UsageException(cmd + ": --pfn needs a page frame number (0x17ac9 or 96969), not '" + s + "'");
        }
    }

    private int stats(Args a, PrintStream out, PrintStream err) throws UsageException {
        Path f = file("trace stats", a);
        Trace t = load(f, err);
        if (t == null) {
            return 2;
        }
        try (t) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", f.toString());
            m.put("format", t.format().id());
            m.put("events", t.size());
            m.put("cpus", t.cpuCount());
            m.put("first_ts_ns", t.firstTs());
            m.put("last_ts_ns", t.lastTs());
            m.put("by_event", t.countsByName());
            m.put("unparsed", t.unparsed());
            Map<String, Long> kinds = new LinkedHashMap<>();
            for (Problem.Kind k : Problem.Kind.values()) {
                if (t.problemCount(k) > 0) {
                    kinds.put(k.name().toLowerCase(java.util.Locale.ROOT), t.problemCount(k));
                }
            }
            m.put("problems", kinds);
            List<Map<String, Object>> first = new ArrayList<>();
            for (Problem p : t.problems().subList(0, Math.min(10, t.problems().size()))) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
                pm.put("where", p.location(f.toString()));
                pm.put("message", p.message());
                first.add(pm);
            }
            m.put("first_problems", first);
            m.put("pages", t.pageCount());
            m.put("mms", t.mmCount());
            m.put("pids", t.pids().length);
            m.put("file_bytes", t.fileSize());
            m.put("resident_bytes", t.residentBytes());
            m.put("metadata", t.metadata());
            m.put("millis", t.loadMillis());
            if (a.flag("--json")) {
                out.println(Json.write(m, true));
                return 0;
            }
            out.printf("%s: %s, %d events on %d CPUs, %s .. %s (%.6f s)%n", f, t.format().description(), t.size(),
                    t.cpuCount(), TraceEvent.formatTs(t.firstTs()), TraceEvent.formatTs(t.lastTs()),
                    (t.lastTs() - t.firstTs()) / 1e9);
            out.printf("pages %d, mms %d, tasks %d, unparsed lines %d, loaded in %d ms, %d bytes resident "
                    + "(%.1f per event)%n", t.pageCount(), t.mmCount(), t.pids().length, t.unparsed(),
                    t.loadMillis(), t.residentBytes(), t.size() == 0 ? 0.0 : (double) t.residentBytes() / t.size());
            t.countsByName().forEach((k, v) -> out.printf("  %8d  %s%n", v, k));
            for (Problem p : t.problems().subList(0, Math.min(5, t.problems().size()))) {
                out.println("  " + p.location(f.toString()) + ": " + p.kind().name().toLowerCase(java.util.Locale.ROOT)
                        + ": " + p.message());
            }
            return 0;
        }
    }

    private int series(Args a, PrintStream out, PrintStream err) throws UsageException {
        Path f = file("trace series", a);
        long pfn = parsePfn("trace series", a.value("--pfn", null));
        String field = a.value("--field", null);
        if (!"count".equals(field) && !"mapcount".equals(field)) {
            throw new UsageException("trace series: --field must be count or mapcount"
                    + (field == null ? "" : ", not '" + field + "'"));
        }
        Trace t = load(f, err);
        if (t == null) {
            return 2;
        }
        try (t) {
            Series s = TraceQueries.pageRefSeries(t, pfn, field);
            if (s.size() == 0) {
                int n = t.eventsOfPfn(pfn).length;
                err.println("pagelab trace series: pfn 0x" + Long.toHexString(pfn) + " has no page_ref events in " + f
                        + " (" + n + " other event" + (n == 1 ? "" : "s") + " name it)");
                return 1;
            }
            boolean csv = a.flag("--csv");
            if (!csv) {
                out.printf("# %s: %s over time (%d page_ref events)%n", f, s.name(), s.size());
                out.println("# timestamp_ns,value,event");
            }
            for (int i = 0; i < s.size(); i++) {
                if (csv) {
                    out.println(s.ts()[i] + "," + (long) s.values()[i]);
                } else {
                    out.println(s.ts()[i] + "," + (long) s.values()[i] + "," + t.typeName(t.type(s.events()[i])));
                }
            }
            return 0;
        }
    }

    private int pages(Args a, PrintStream out, PrintStream err) throws UsageException {
        Path f = file("trace pages", a);
        long top = a.longValue("trace pages", "--top", 10);
        if (top == 0) {
            throw new UsageException("trace pages: --top must be at least 1");
        }
        Trace t = load(f, err);
        if (t == null) {
            return 2;
        }
        try (t) {
            Integer[] order = new Integer[t.pageCount()];
            for (int p = 0; p < order.length; p++) {
                order[p] = p;
            }
            java.util.Arrays.sort(order, (x, y) -> {
                int c = Integer.compare(t.byPage().count(y), t.byPage().count(x));
                return c != 0 ? c : Long.compare(t.pfnOfPage(x), t.pfnOfPage(y));
            });
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int k = 0; k < Math.min(top, order.length); k++) {
                int p = order[k];
                int[] ev = t.byPage().toArray(p);
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("pfn", "0x" + Long.toHexString(t.pfnOfPage(p)));
                r.put("events", ev.length);
                r.put("first", eventRow(t, ev[0]));
                r.put("last", eventRow(t, ev[ev.length - 1]));
                rows.add(r);
            }
            if (a.flag("--json")) {
                out.println(Json.write(rows, true));
                return 0;
            }
            out.printf("%-12s %7s  %-44s %s%n", "pfn", "events", "first event", "last event");
            for (Map<String, Object> r : rows) {
                out.printf("%-12s %7d  %-44s %s%n", r.get("pfn"), r.get("events"), brief(r.get("first")),
                        brief(r.get("last")));
            }
            return 0;
        }
    }

    private static Map<String, Object> eventRow(Trace t, int i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", i);
        m.put("ts_ns", t.ts(i));
        m.put("event", t.typeName(t.type(i)));
        m.put("cpu", t.cpu(i));
        m.put("pid", t.pid(i));
        m.put("comm", t.comm(i));
        return m;
    }

    private static String brief(Object row) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) row;
        return TraceEvent.formatTs((Long) m.get("ts_ns")) + " " + m.get("event") + " (" + m.get("comm") + "-"
                + m.get("pid") + ")";
    }

    private int page(Args a, PrintStream out, PrintStream err) throws UsageException {
        Path f = file("trace page", a);
        long pfn = parsePfn("trace page", a.value("--pfn", null));
        Trace t = load(f, err);
        if (t == null) {
            return 2;
        }
        try (t) {
            PageLifecycle lc = PageLifecycle.of(t, pfn);
            if (lc.steps().isEmpty()) {
                err.println("pagelab trace page: no event names pfn 0x" + Long.toHexString(pfn) + " in " + f);
                return 1;
            }
            for (String s : lc.summary()) {
                out.println(s);
            }
            out.println();
            for (PageLifecycle.Step s : lc.steps()) {
                out.printf("%s  %-9s %-26s %-22s %s%n", TraceEvent.formatTs(s.ts()), s.stage(), s.name(),
                        s.comm() + "-" + s.pid() + " [" + s.cpu() + "]", s.detail());
            }
            for (PageLifecycle.Anomaly an : lc.anomalies()) {
                out.println("anomaly at " + TraceEvent.formatTs(an.ts()) + " (event " + an.event() + "): "
                        + an.message());
            }
            return 0;
        }
    }

    private int events(Args a, PrintStream out, PrintStream err) throws UsageException {
        Path f = file("trace events", a);
        long from = a.longValue("trace events", "--from", 0);
        long limit = a.longValue("trace events", "--limit", 20);
        TraceFilter filter;
        try {
            filter = TraceFilter.parse(a.value("--filter", ""));
        } catch (IllegalArgumentException e) {
            throw new UsageException("trace events: --filter " + e.getMessage());
        }
        Trace t = load(f, err);
        if (t == null) {
            return 2;
        }
        try (t) {
            int[] match = filter.isEmpty() ? null : filter.apply(t, new CliProgress(err));
            int n = match == null ? t.size() : match.length;
            long shown = 0;
            for (long k = from; k < n && shown < limit; k++) {
                TraceEvent e = t.event(match == null ? (int) k : match[(int) k]);
                out.println(e.toLine());
                for (String fr : e.stack()) {
                    out.println(" => " + fr);
                }
                shown++;
            }
            if (match != null) {
                err.println(n + " of " + t.size() + " events match '" + filter + "'");
            }
            return 0;
        }
    }

    private int problems(Args a, PrintStream out, PrintStream err) throws UsageException {
        Path f = file("trace problems", a);
        long limit = a.longValue("trace problems", "--limit", 50);
        Trace t = load(f, err);
        if (t == null) {
            return 2;
        }
        try (t) {
            int n = 0;
            for (Problem p : t.problems()) {
                if (n++ >= limit) {
                    break;
                }
                out.println(p.location(f.toString()) + ": " + p.kind().name().toLowerCase(java.util.Locale.ROOT) + ": "
                        + p.message() + (p.excerpt().isEmpty() ? "" : "\n    " + p.excerpt()));
            }
            long total = 0;
            for (Problem.Kind k : Problem.Kind.values()) {
                total += t.problemCount(k);
            }
            out.println(total + " problem" + (total == 1 ? "" : "s") + " (" + t.unparsed() + " unparsed line"
                    + (t.unparsed() == 1 ? "" : "s") + ")");
            return 0;
        }
    }
}
