package org.pagelab.engine.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.pagelab.engine.check.CheckResult;
import org.pagelab.engine.explore.Trace;

/**
 * Writes a trace (counterexample or witness) in the ftrace text format, so
 * that the trace tools and charts read counterexamples like captured traces.
 * Format (docs/FORMATS.md, "Counterexample trace"):
 *
 * <pre>
 * # pagelab-counterexample 1
 * # scenario: NAME
 * # key: value ...
 *              dio-1     [000] .....     1.000000: pagelab_step: step=1 thread=dio line=42 fn=... stack=a&gt;b text="..."
 *              dio-1     [000] .....     1.000000: pagelab_change: step=1 obj=page:P field=_refcount old=1 new=2 text="..."
 *              dio-1     [000] .....     1.000000: page_ref_mod: pfn=0x12 flags=lru|anon count=2 mapcount=1 mapping=0x0 mt=0 val=1
 * </pre>
 */
public final class CounterexampleExport {
    private CounterexampleExport() {
    }

    public static String write(Trace t, String verdict) {
        StringBuilder sb = new StringBuilder();
        sb.append("# pagelab-counterexample 1\n");
        header(sb, "scenario", t.scenario());
        header(sb, "file", t.file());
        header(sb, "model", t.model());
        StringBuilder vs = new StringBuilder();
        for (Map.Entry<String, String> e : t.variants().entrySet()) {
            vs.append(vs.length() == 0 ? "" : " ").append(e.getKey()).append('=').append(e.getValue());
        }
        header(sb, "variants", vs.toString());
        header(sb, "verdict", verdict == null ? "" : verdict);
        header(sb, "kind", t.kind());
        header(sb, "violation", t.violation() == null ? "" : t.violation());
        header(sb, "message", t.message() == null ? "" : t.message());
        StringBuilder th = new StringBuilder();
        for (int i = 0; i < t.threads().size(); i++) {
            th.append(i == 0 ? "" : " ").append(i).append('=').append(t.threads().get(i));
        }
        header(sb, "threads", th.toString());
        header(sb, "steps", Integer.toString(t.steps().size()));
        if (t.loopStart() >= 0) {
            header(sb, "loop_start", Integer.toString(t.loopStart() + 1));
        }
        sb.append("#\n");
        for (Trace.Step s : t.steps()) {
            int n = s.index() + 1;
            String prefix = prefix(s, n);
            sb.append(prefix).append("pagelab_step: step=").append(n).append(" thread=").append(s.threadName())
                    .append(" line=").append(s.line()).append(" fn=").append(s.function()).append(" stack=")
                    .append(String.join(">", s.stack())).append(" annot=").append(s.annotation().isEmpty() ? "none"
                            : s.annotation()).append(" text=").append(quote(s.event()));
            if (s.value() != null && !s.value().isEmpty()) {
                sb.append(" value=").append(quote(s.value()));
            }
            sb.append('\n');
            for (Trace.Change c : s.changes()) {
                sb.append(prefix).append("pagelab_change: step=").append(n).append(" obj=").append(c.kind()).append(':')
                        .append(c.object()).append(" field=").append(c.field()).append(" old=").append(c.oldValue())
                        .append(" new=").append(c.newValue()).append(" text=").append(quote(c.describe())).append('\n');
            }
            pageRef(sb, prefix, s);
            if (s.violation() != null) {
                sb.append(prefix).append("pagelab_violation: step=").append(n).append(" name=").append(s.violation())
                        .append(" text=").append(quote(s.message())).append('\n');
            }
        }
        if (!t.steps().isEmpty() && t.violation() != null && t.steps().get(t.steps().size() - 1).violation() == null) {
            Trace.Step s = t.steps().get(t.steps().size() - 1);
            sb.append(prefix(s, s.index() + 1)).append("pagelab_violation: step=").append(s.index() + 1)
                    .append(" name=").append(t.violation()).append(" text=").append(quote(t.message())).append('\n');
        }
        return sb.toString();
    }

    private static String prefix(Trace.Step s, int n) {
        String task = s.threadName() + "-" + (s.thread() + 1);
        return String.format("%16s [%03d] ..... %6d.000000: ", task, s.thread(), n);
    }

    /** A page_ref_mod line per page whose _refcount or _mapcount changed in the step. */
    private static void pageRef(StringBuilder sb, String prefix, Trace.Step s) {
        java.util.Set<String> done = new java.util.LinkedHashSet<>();
        for (Trace.Change c : s.changes()) {
            if (c.kind().equals("page") && (c.field().equals("_refcount") || c.field().equals("_mapcount"))) {
                done.add(c.object());
            }
        }
        for (String page : done) {
            Trace.ObjectView o = s.after().object(page);
            if (o == null) {
                continue;
            }
            int delta = 0;
            for (Trace.Change c : s.changes()) {
                if (c.object().equals(page) && c.field().equals("_refcount")) {
                    delta += c.newValue() - c.oldValue();
                }
            }
            Trace.FieldView flags = o.field("flags");
            Trace.FieldView mapping = o.field("mapping");
            sb.append(prefix).append("page_ref_mod: pfn=0x").append(Integer.toHexString(value(o, "pfn")))
                    .append(" flags=").append(flags == null ? "0" : flags.text()).append(" count=")
                    .append(value(o, "_refcount")).append(" mapcount=").append(value(o, "_mapcount") + 1)
                    .append(" mapping=").append(mapping == null || mapping.value() == 0 ? "0x0"
                            : "0x" + Integer.toHexString(mapping.value()))
                    .append(" mt=0 val=").append(delta).append('\n');
        }
    }

    private static int value(Trace.ObjectView o, String field) {
        Trace.FieldView f = o.field(field);
        return f == null ? 0 : f.value();
    }

    private static void header(StringBuilder sb, String key, String value) {
        sb.append("# ").append(key).append(": ").append(value.replace('\n', ' ')).append('\n');
    }

    static String quote(String s) {
        return "\"" + (s == null ? "" : s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")) + "\"";
    }

    /** Writes every trace of a result into dir (atomically), named after the scenario and what it shows. */
    public static void writeAll(Path dir, Path file, CheckResult r) throws IOException {
        Files.createDirectories(dir);
        String base = (r.name() == null ? file.getFileName().toString() : r.name()).replaceAll("[^A-Za-z0-9._+-]", "_");
        for (Trace t : r.traces()) {
            String what = t.violation() != null ? t.violation() : t.kind();
            writeAtomically(dir.resolve(base + "." + what + ".trace"), write(t, r.verdict()));
        }
    }

    /** Writes text as UTF-8 atomically (see {@link org.pagelab.model.MmStates#writeAtomically}). */
    public static void writeAtomically(Path target, String text) throws IOException {
        org.pagelab.model.MmStates.writeAtomically(target, text.getBytes(StandardCharsets.UTF_8));
    }
}
