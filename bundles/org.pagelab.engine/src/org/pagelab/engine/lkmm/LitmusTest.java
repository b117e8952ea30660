package org.pagelab.engine.lkmm;

import java.util.List;

/**
 * A test ready for axiomatic exploration: locations with initial values,
 * one program per thread, and the final condition.
 *
 * @param name       the test's name
 * @param locs       shared locations
 * @param threads    one program per thread (P0, P1, ...)
 * @param threadNames display names of the threads (e.g. "P0", or "reclaim")
 * @param quantifier how the condition is quantified
 * @param prop       the condition's proposition
 * @param filter     the {@code filter} proposition, or null
 * @param constants  the constants of the threads' code (or null): values a
 *                   thread may store on a path that only a value "from thin
 *                   air" reaches (herd7 solves values symbolically and finds
 *                   such executions; see {@link Explorer})
 */
public record LitmusTest(String name, Locations locs, List<ThreadProgram> threads, List<String> threadNames,
        Quantifier quantifier, Prop prop, Prop filter, long[] constants) {

    public LitmusTest(String name, Locations locs, List<ThreadProgram> threads, List<String> threadNames,
            Quantifier quantifier, Prop prop, Prop filter) {
        this(name, locs, threads, threadNames, quantifier, prop, filter, null);
    }

    /** {@code exists}, {@code ~exists}, {@code forall}. */
    public enum Quantifier {
        EXISTS("exists"), NOT_EXISTS("~exists"), FORALL("forall");

        private final String text;

        Quantifier(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }
}
