package org.pagelab.engine.findings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pagelab.engine.explore.Trace;
import org.pagelab.engine.sem.Library;

/** Counterexamples of the explorer ({@link Trace}) as {@link StepSubject}s. */
public final class StepSubjects {
    private StepSubjects() {
    }

    /** The text of a line of a source file, or "" when unknown. */
    public interface SourceLines {
        String line(String file, int line);
    }

    /**
     * Source lines of scenario files (paths as the explorer reports them,
     * relative ones against {@code baseDir}) and of library modules
     * ("lib/mm/gup.pgl"), read once each.
     */
    public static SourceLines files(Path baseDir) {
        Map<String, List<String>> cache = new HashMap<>();
        return (file, line) -> {
            if (file == null || line <= 0) {
                return "";
            }
            List<String> lines = cache.computeIfAbsent(file, f -> read(baseDir, f));
            return line <= lines.size() ? lines.get(line - 1) : "";
        };
    }

    /** Source lines from texts already in memory (an editor's buffer), by file name; others from {@code fallback}. */
    public static SourceLines texts(Map<String, String> texts, SourceLines fallback) {
        return (file, line) -> {
            String t = texts.get(file);
            if (t == null) {
                return fallback.line(file, line);
            }
            String[] ls = t.split("\n", -1);
            return line >= 1 && line <= ls.length ? ls[line - 1] : "";
        };
    }

    private static List<String> read(Path baseDir, String file) {
        if (file.startsWith("lib/") && file.endsWith(".pgl")) {
            String src = Library.source(file.substring(4, file.length() - 4));
            if (src != null) {
                return List.of(src.split("\n", -1));
            }
        }
        Path p = Path.of(file);
        if (!p.isAbsolute() && baseDir != null) {
            p = baseDir.resolve(p);
        }
        try {
            return List.of(new String(Files.readAllBytes(p), StandardCharsets.UTF_8).split("\n", -1));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** The steps of a counterexample with their source line texts, its pages and VMAs. */
    public static StepSubject of(Trace t, SourceLines src) {
        List<StepKey> steps = new ArrayList<>();
        for (Trace.Step s : t.steps()) {
            List<String> changes = new ArrayList<>();
            for (Trace.Change c : s.changes()) {
                changes.add(c.describe());
            }
            steps.add(new StepKey(s.index(), s.threadName(), s.function(), s.file(), s.line(),
                    src.line(s.file(), s.line()), changes));
        }
        Set<String> pages = new LinkedHashSet<>();
        Set<String> vmas = new LinkedHashSet<>();
        List<Trace.StateView> states = new ArrayList<>();
        if (t.initial() != null) {
            states.add(t.initial());
        }
        for (Trace.Step s : t.steps()) {
            if (s.after() != null) {
                states.add(s.after());
            }
        }
        for (Trace.StateView v : states) {
            for (Trace.ObjectView o : v.objects()) {
                if (isPage(o.kind())) {
                    pages.add(o.name());
                } else if (isVma(o.kind())) {
                    vmas.add(o.name());
                }
            }
        }
        return new StepSubject(steps, pages, vmas, t.model(), t.variants() == null ? Map.of() : t.variants());
    }

    static boolean isPage(String kind) {
        return kind.equals("page") || kind.equals("folio");
    }

    static boolean isVma(String kind) {
        return kind.equals("vm_area_struct") || kind.equals("vma");
    }
}
