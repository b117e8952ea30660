package org.pagelab.engine.trace;

import java.io.IOException;

/**
 * Re-reads an event's payload from the trace file when it is needed (the
 * store keeps only timestamps, CPU, pid, type and a locator). Implemented
 * by each reader; thread-safe: the viewer reads events from the UI thread
 * while a series query runs in a job.
 */
public interface EventSource extends AutoCloseable {
    /** Materializes event {@code index} of trace (its locator is {@code trace.locator(index)}). */
    TraceEvent read(Trace trace, int index) throws IOException;

    /** 1-based line number of a text locator (byte offset), or -1 for binary input. */
    default long lineOf(long locator) {
        return -1;
    }

    /** Memory the source keeps (indexes into the file), for {@link Trace#residentBytes()}. */
    default long residentBytes() {
        return 0;
    }

    @Override
    void close() throws IOException;
}
