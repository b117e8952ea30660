package org.pagelab.engine.trace.dat;

/** Damaged or unsupported trace.dat structure at a byte offset (internal; becomes a Problem or a TraceLoadException). */
final class DatFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    final long offset;
    final boolean truncated;

    DatFormatException(String message, long offset, boolean truncated) {
        super(message);
        this.offset = offset;
        this.truncated = truncated;
    }
}
