package org.pagelab.engine.sem;

import java.nio.file.Files;
import java.nio.file.Path;

import org.pagelab.engine.explore.ExploreResult;
import org.pagelab.engine.explore.Explorer;
import org.pagelab.engine.lang.Parser;
import org.pagelab.engine.lang.ScenarioException;

/** Test helpers: compile and explore scenario text. */
public final class Scenarios {
    private Scenarios() {
    }

    public static Program compile(String text) throws ScenarioException {
        return Compiler.compile(Parser.parseScenario("t.pgl", text));
    }

    public static Program compile(Path file) throws Exception {
        Compiler.Options o = new Compiler.Options();
        o.baseDir = file.getParent();
        return Compiler.compile(Parser.parseScenario(file.getFileName().toString(), Files.readString(file)), o);
    }

    public static ExploreResult explore(Program p, boolean por) {
        Explorer.Options o = new Explorer.Options();
        o.por = por;
        o.workers = 2;
        o.maxStates = 2_000_000;
        return Explorer.explore(p, o);
    }

    public static ExploreResult explore(String text) throws ScenarioException {
        return explore(compile(text), true);
    }

    /** The message of the compile error of a text (fails if it compiles). */
    public static String error(String text) {
        try {
            compile(text);
        } catch (ScenarioException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a compile error for:\n" + text);
    }
}
