package org.pagelab.engine.trace;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One event with its payload, materialized on demand from the file (the
 * store keeps only the columns). Field names are the names printed in the
 * text formats ({@code pfn}, {@code count}, {@code type} of rss_stat...);
 * trace.dat fields are named like that too when the print format labels
 * them, else by their format field name.
 *
 * @param index   index in the trace (time order)
 * @param ts      timestamp, ns
 * @param cpu     CPU number
 * @param pid     task id (common_pid)
 * @param comm    task name, or "<...>" when unknown
 * @param name    tracepoint name ({@code sys_enter_mmap}, {@code mm_page_alloc})
 * @param latency irq-flags/preempt column as printed ({@code d..2.}), or "" when absent
 * @param fields  typed fields in print order
 * @param payload the event text after "name: " (as printed, or rendered from the binary record)
 * @param stack   stack frames attached to the event ({@code => fn (addr)} lines), outermost last
 * @param where   where the event is in the file ("line 12", "CPU 1 page at byte 0x57000")
 */
public record TraceEvent(int index, long ts, int cpu, int pid, String comm, String name, String latency,
        Map<String, FieldValue> fields, String payload, List<String> stack, String where) {

    public TraceEvent {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        stack = List.copyOf(stack);
    }

    /** A field's value, or null. */
    public FieldValue field(String fieldName) {
        return fields.get(fieldName);
    }

    /** A numeric field, if present and numeric. */
    public OptionalLong longField(String fieldName) {
        FieldValue v = fields.get(fieldName);
        return v == null ? OptionalLong.empty() : v.asLong();
    }

    /** Timestamp as printed by ftrace: seconds with 6 decimals. */
    public String tsText() {
        return formatTs(ts);
    }

    /** ns as "SECONDS.MICROS", rounded to the microsecond as the kernel's ns2usecs() does. */
    public static String formatTs(long ns) {
        long us = Math.floorDiv(ns + 500, 1000);
        long s = Math.floorDiv(us, 1_000_000);
        long frac = Math.floorMod(us, 1_000_000);
        String f = Long.toString(frac);
        return s + "." + "000000".substring(f.length()) + f;
    }

    /** The event as one ftrace-like line (without the stack). */
    public String toLine() {
        return String.format("%16s-%-7d [%03d] %s %s: %s", comm, pid, cpu, tsText(), name, payload);
    }
}
