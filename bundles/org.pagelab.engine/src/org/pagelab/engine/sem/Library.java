package org.pagelab.engine.sem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The kernel model library: scenario-language modules shipped as resources
 * of the engine ({@code org/pagelab/engine/lib/NAME.pgl}), imported with
 * {@code import NAME;}. {@code import mm;} loads the whole MM model.
 */
public final class Library {
    private static final String ROOT = "/org/pagelab/engine/lib/";

    private Library() {
    }

    /** The text of a module, or null when there is none. */
    public static String source(String module) {
        if (!module.matches("[A-Za-z0-9_./-]+") || module.contains("..")) {
            return null;
        }
        try (InputStream in = Library.class.getResourceAsStream(ROOT + module + ".pgl")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** How messages name a module file: "lib/mm/gup.pgl". */
    public static String displayPath(String module) {
        return "lib/" + module + ".pgl";
    }
}
