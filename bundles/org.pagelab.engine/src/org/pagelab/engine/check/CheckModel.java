package org.pagelab.engine.check;

import java.nio.file.Path;

/**
 * A memory model {@code ./pagelab check --model NAME} can run: "sc" (the
 * exhaustive interleaving explorer) is built in; axiomatic models (lkmm,
 * tso) register themselves through {@link CheckModels}.
 */
public interface CheckModel {
    /** The --model value: "sc", "lkmm", "tso". */
    String name();

    /** One line for usage messages. */
    String description();

    /**
     * Checks one file. Never throws for bad input: a file that cannot be used
     * gives a result with verdict "Error" and a located message.
     *
     * @param file the file as the user named it (for messages)
     * @param text its contents
     */
    CheckResult check(Path file, String text, CheckOptions options);
}
