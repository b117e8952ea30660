package org.pagelab.engine.trace;

/**
 * Something in the input that was not loaded as an event: an unparsable
 * line, a corrupted ring-buffer page, where a truncated file ends.
 *
 * @param kind    what happened
 * @param line    1-based line number for text input, or -1
 * @param offset  byte offset in the file (for compressed trace.dat data: of
 *                the compressed chunk), or -1
 * @param message one line, e.g. "cannot parse the timestamp"
 * @param excerpt the start of the offending line (text input), or ""
 */
public record Problem(Kind kind, long line, long offset, String message, String excerpt) {
    /** Problem kinds; only {@link #UNPARSED} counts as an unparsed line. */
    public enum Kind {
        /** A line that looks like a trace line but could not be parsed. */
        UNPARSED,
        /** The file ends early (a cut event, section or page). */
        TRUNCATED,
        /** Inconsistent binary data; the rest of the page/section was skipped. */
        CORRUPT,
        /** The ring buffer recorded that events were lost here. */
        LOST_EVENTS,
        /** Informational (e.g. stack lines with no event before them). */
        NOTE
    }

    public Problem {
        excerpt = excerpt == null ? "" : excerpt;
    }

    /** "FILE:LINE" or "FILE: byte OFFSET", for messages. */
    public String location(String file) {
        if (line > 0) {
            return file + ":" + line;
        }
        if (offset >= 0) {
            return file + ": byte " + offset;
        }
        return file;
    }

    @Override
    public String toString() {
        return kind + (line > 0 ? " line " + line : "") + (offset >= 0 ? " offset " + offset : "") + ": " + message
                + (excerpt.isEmpty() ? "" : " [" + excerpt + "]");
    }
}
