package org.pagelab.engine.trace;

/** The input formats Pagelab reads traces from (see docs/FORMATS.md). */
public enum TraceFormat {
    /** tracefs {@code trace} / {@code trace_pipe} text, with or without the irq-flags column. */
    FTRACE("ftrace", "tracefs trace / trace_pipe text"),
    /** tracefs text with the latency-format option ({@code 3d..1. 276242022us : event: ...}). */
    LATENCY("ftrace-latency", "tracefs text in latency format"),
    /** {@code trace-cmd report} output ({@code cpus=N} first, no irq-flags column, padded names). */
    TRACE_CMD_REPORT("trace-cmd-report", "trace-cmd report text"),
    /** Binary trace.dat, file version 6. */
    TRACE_DAT_V6("trace.dat-v6", "trace-cmd trace.dat version 6"),
    /** Binary trace.dat, file version 7 (sections, optionally zstd/zlib compressed). */
    TRACE_DAT_V7("trace.dat-v7", "trace-cmd trace.dat version 7"),
    /** Trace lines pasted into a mail: quoting, [snip], stack lines, prose around. */
    MAIL("mail", "trace lines pasted in a mail"),
    /** A counterexample written by the Pagelab engine ({@code # pagelab-counterexample 1}). */
    COUNTEREXAMPLE("pagelab-counterexample", "Pagelab counterexample trace");

    private final String id;
    private final String description;

    TraceFormat(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** Stable short name, as printed by {@code pagelab trace stats}. */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public boolean isBinary() {
        return this == TRACE_DAT_V6 || this == TRACE_DAT_V7;
    }
}
