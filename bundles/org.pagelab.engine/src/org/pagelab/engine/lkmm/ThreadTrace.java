package org.pagelab.engine.lkmm;

import java.util.Map;

/**
 * One behaviour of one thread: the events it executes in program order given
 * the values its reads returned, and the final values of its registers; or,
 * when the thread stopped at a violation (an assert, a BUG, an oops), the
 * events up to it and {@code violation} ("kind: message"), else null.
 */
public record ThreadTrace(int thread, Ev[] events, Map<String, Long> registers, String violation) {

    /** A behaviour that ran to its end. */
    public ThreadTrace(int thread, Ev[] events, Map<String, Long> registers) {
        this(thread, events, registers, null);
    }

    /** Number of events. */
    public int size() {
        return events.length;
    }
}
