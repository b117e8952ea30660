package org.pagelab.engine.lkmm;

import java.util.Set;

/**
 * An axiomatic memory model: decides whether a candidate execution is
 * allowed, and which flags (herd7's {@code flag ~empty ...}) it raises.
 */
public interface MemoryModel {
    /** Short name used on the command line: "lkmm", "sc", "tso". */
    String name();

    /** One line describing the model and its source. */
    String description();

    /**
     * The name of the first axiom the execution violates ("coherence",
     * "happens-before", ...), or null when the execution is allowed.
     */
    String violation(Execution x);

    /**
     * Flags an allowed execution raises (e.g. "data-race"). Only called on
     * executions for which {@link #violation} returned null.
     */
    default Set<String> flags(Execution x) {
        return Set.of();
    }

    /** True when {@link #flags} reports data races (which need plain accesses). */
    default boolean detectsRaces() {
        return false;
    }

    /** The models by command-line name: lkmm, sc, tso; null when unknown. */
    static MemoryModel byName(String name) {
        return switch (name) {
            case "lkmm" -> LkmmModel.INSTANCE;
            case "sc" -> ScModel.INSTANCE;
            case "tso" -> TsoModel.INSTANCE;
            default -> null;
        };
    }

    /** The names {@link #byName} accepts. */
    static java.util.List<String> names() {
        return java.util.List.of("lkmm", "sc", "tso");
    }
}
