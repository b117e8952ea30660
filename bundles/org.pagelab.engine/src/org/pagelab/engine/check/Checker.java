package org.pagelab.engine.check;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs a {@link CheckModel} over files and directories: what
 * {@code ./pagelab check} does. Directories are searched recursively for
 * scenario files ({@code .pgl}) and litmus tests ({@code .litmus}), in
 * name order.
 */
public final class Checker {
    /** Scenario file extensions. */
    public static final List<String> EXTENSIONS = List.of(".pgl", ".litmus");

    private Checker() {
    }

    public static boolean isScenario(Path p) {
        String n = p.getFileName().toString();
        for (String e : EXTENSIONS) {
            if (n.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The files to check: files as given, directories expanded.
     *
     * @throws NoSuchFileException for an operand that does not exist
     */
    public static List<Path> collect(List<Path> operands) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : operands) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(Checker::isScenario).sorted().forEach(out::add);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new NoSuchFileException(p.toString());
            }
        }
        return out;
    }

    /** Checks one file with a model; unreadable files give an Error result. */
    public static CheckResult check(Path file, CheckModel model, CheckOptions o) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            return CheckResult.error(file.toString(), model.name(), file + ":1:1: error: not UTF-8 text");
        } catch (IOException e) {
            return CheckResult.error(file.toString(), model.name(), file + ": error: cannot read: " + e.getMessage());
        }
        CheckResult r = model.check(file, text, o);
        if (o.traceDir != null && !r.traces().isEmpty()) {
            try {
                org.pagelab.engine.report.CounterexampleExport.writeAll(o.traceDir, file, r);
            } catch (IOException e) {
                List<String> d = new ArrayList<>(r.details());
                d.add("cannot write the trace: " + e.getMessage());
                r = new CheckResult(r.file(), r.name(), r.model(), r.verdict(), r.expected(), r.match(), r.states(),
                        r.millis(), r.error(), r.incomplete(), r.violations(), r.unexpected(), r.traces(), r.extra(), d);
            }
        }
        return r;
    }

    /** The exit status for a set of results: 2 if any file was unusable, 1 if any expectation failed, else 0. */
    public static int exitCode(List<CheckResult> results) {
        int code = 0;
        for (CheckResult r : results) {
            if (r.verdict().equals("Error")) {
                return 2;
            }
            if (Boolean.FALSE.equals(r.match())) {
                code = 1;
            }
        }
        return code;
    }
}
