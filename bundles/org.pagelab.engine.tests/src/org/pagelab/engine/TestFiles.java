package org.pagelab.engine;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** Locates test inputs: ../shared (data, seeds) and the project's own files. */
public final class TestFiles {
    private TestFiles() {
    }

    /** The project root (the directory holding pom.xml and examples/). */
    public static Path project() {
        String p = System.getProperty("pagelab.project.dir");
        Path dir = p != null ? Path.of(p) : Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples")) && !Files.isRegularFile(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the project root; set -Dpagelab.project.dir");
        }
        return dir;
    }

    /** ../shared relative to the project, as CI and developers have it. */
    public static Path shared() {
        String p = System.getProperty("pagelab.shared.dir");
        Path dir = (p != null ? Path.of(p) : project().resolve("../shared")).toAbsolutePath().normalize();
        // A git worktree (e.g. /work/wt/NAME) has no ../shared beside it:
        // look further up for the one of the main checkout.
        for (Path up = project().toAbsolutePath().getParent(); !Files.isDirectory(dir) && up != null; up = up.getParent()) {
            if (Files.isDirectory(up.resolve("shared/data"))) {
                dir = up.resolve("shared");
            }
        }
        return dir;
    }

    /** A file under ../shared; the test is skipped (not passed) when ../shared is absent. */
    public static Path sharedFile(String relative) {
        Path f = shared().resolve(relative);
        Assumptions.assumeTrue(Files.exists(f), "missing shared test data: " + f);
        return f;
    }
}
