package org.pagelab.engine.lkmm;

import java.util.Map;

/**
 * One behaviour of one thread: the events it executes in program order given
 * the values its reads returned, and the final values of its registers.
 */
public record ThreadTrace(int thread, Ev[] events, Map<String, Long> registers) {

    /** Number of events. */
    public int size() {
        return events.length;
    }
}
