package org.pagelab.engine.trace;

import java.io.IOException;

/**
 * The file cannot be loaded at all (not a trace, unreadable, a damaged
 * header before any event). The message names the file and the line or
 * byte offset. Damage after the first events is not an exception: the
 * trace loads what is valid and lists {@link Problem}s.
 */
public class TraceLoadException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long offset;

    public TraceLoadException(String message, long offset) {
        super(message);
        this.offset = offset;
    }

    /** Byte offset of the problem, or -1. */
    public long offset() {
        return offset;
    }
}
