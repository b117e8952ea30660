package org.pagelab.engine.lkmm;

/**
 * The code of one thread, runnable in isolation: every shared access goes
 * through the {@link ThreadBuilder}, which supplies the value each read
 * returns (herd7-style) and records the events with their annotations and
 * dependencies. The enumerator runs a program once per combination of read
 * values. A program must be deterministic given those values.
 */
@FunctionalInterface
public interface ThreadProgram {
    void run(ThreadBuilder t);
}
