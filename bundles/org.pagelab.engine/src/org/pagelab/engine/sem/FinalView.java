package org.pagelab.engine.sem;

/**
 * The values a final condition reads: registers of threads (by index, with
 * their slot in the thread's code and their name), memory cells, and the
 * violation the execution ended with. The explorer implements it over a
 * final state; an axiomatic model implements it over a candidate execution.
 */
public interface FinalView {
    /** Register {@code name} (slot {@code slot} of the thread's code) of thread {@code thread}. */
    int register(int thread, int slot, String name);

    /** The final value of a cell. */
    int memory(int cell);

    /** The name of the violation the execution ended with ("use-after-free", "deadlock"...), or null. */
    String violation();
}
