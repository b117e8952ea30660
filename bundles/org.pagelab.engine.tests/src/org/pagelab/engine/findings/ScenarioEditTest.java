package org.pagelab.engine.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pagelab.engine.explore.ExploreResult;
import org.pagelab.engine.explore.Explorer;
import org.pagelab.engine.explore.Trace;
import org.pagelab.engine.findings.Placement.Place;
import org.pagelab.engine.findings.Placement.Status;
import org.pagelab.engine.lang.Parser;
import org.pagelab.engine.sem.Compiler;
import org.pagelab.model.FindingsFiles;
import org.pagelab.model.findings.FindingsFile;
import org.pagelab.model.findings.Severity;

/**
 * A finding made on the explorer's counterexample stays on the same step
 * after the scenario text is edited (comments, blank lines, statements of
 * another thread inserted), saved, reloaded and explored again.
 */
class ScenarioEditTest {
    private static final String SB = """
            C sb
            {}
            P0:dio(int *x, int *y) {
              int r0;
              WRITE_ONCE(*x, 1);
              r0 = READ_ONCE(*y);
            }
            P1:reclaim(int *x, int *y) {
              int r1;
              WRITE_ONCE(*y, 1);
              r1 = READ_ONCE(*x);
            }
            exists (0:r0=0 /\\ 1:r1=0)
            """;

    /** The same race, edited elsewhere: a comment block, blank lines, another thread's extra step, re-indented. */
    private static final String SB_EDITED = """
            C sb

            (* Store buffering: with both reads after both writes under SC, one
             * of the reads must see the other thread's write. *)
            {}
            P0:dio(int *x, int *y, int *z) {
                int r0;
                WRITE_ONCE(*z, 1);      /* added later */
                WRITE_ONCE(*x, 1);
                r0 = READ_ONCE(*y);
            }

            P1:reclaim(int *x, int *y) {
                int r1;
                WRITE_ONCE(*y, 1);
                r1   =   READ_ONCE(*x);
            }
            exists (0:r0=1 /\\ 1:r1=1)
            """;

    private static Trace witness(Path file) throws Exception {
        Explorer.Options o = new Explorer.Options();
        o.workers = 1;
        ExploreResult r = Explorer.explore(Compiler.compile(Parser.parseScenario(file.toString(),
                Files.readString(file))), o);
        assertNotNull(r.witness(), "the condition can hold");
        return r.witness();
    }

    @Test
    void findingFollowsItsStepAcrossAnEdit(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sb.pgl");
        Files.writeString(file, SB.replace("exists (0:r0=0 /\\ 1:r1=0)", "exists (0:r0=1 /\\ 1:r1=1)"));
        Trace before = witness(file);
        StepSubject s = StepSubjects.of(before, StepSubjects.files(dir));
        int read = -1;
        for (StepKey k : s.steps()) {
            if (k.thread().equals("reclaim") && k.sourceLine().startsWith("r1 = READ_ONCE")) {
                read = k.index();
            }
        }
        assertEquals("r1 = READ_ONCE(*x);", s.steps().get(read).sourceLine());
        FindingsFile f = FindingsFiles.loadFor(file);
        FindingsFiles.add(f, "reclaim reads x", "text", Severity.MAJOR, List.of(), Anchors.step(s, read));
        FindingsFiles.add(f, "dio's write", "", Severity.NOTE, List.of(), Anchors.step(s, 0));
        FindingsFiles.save(f, FindingsFiles.fileFor(file));

        Files.writeString(file, SB_EDITED);
        Trace after = witness(file);
        StepSubject s2 = StepSubjects.of(after, StepSubjects.files(dir));
        FindingsFile back = FindingsFiles.loadFor(file);
        List<Placement.Placed> placed = Placement.placeAll(back, s2);
        Place p = placed.get(0).place();
        assertEquals(Status.EXACT, p.status(), p.note());
        StepKey now = s2.steps().get(p.step());
        assertEquals("reclaim", now.thread());
        assertEquals(16, now.line(), "the line moved from 11 to 16");
        assertEquals("r1 = READ_ONCE(*x);", now.sourceLine(), "white space inside the line is ignored");
        Place w = placed.get(1).place();
        assertEquals(Status.EXACT, w.status(), w.note());
        assertEquals("WRITE_ONCE(*x, 1);", s2.steps().get(w.step()).sourceLine());
        assertEquals(List.of(), Placement.lostReport(placed));
    }

    @Test
    void deletedLineIsReported(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sb.pgl");
        Files.writeString(file, SB.replace("exists (0:r0=0 /\\ 1:r1=0)", "exists (0:r0=1 /\\ 1:r1=1)"));
        StepSubject s = StepSubjects.of(witness(file), StepSubjects.files(dir));
        FindingsFile f = FindingsFiles.create(file);
        FindingsFiles.add(f, "dio writes x", "", Severity.NOTE, List.of(), Anchors.step(s, 0));
        Files.writeString(file, SB.replace("WRITE_ONCE(*x, 1);", "WRITE_ONCE(*x, 2);")
                .replace("exists (0:r0=0 /\\ 1:r1=0)", "exists (0:r0=1 /\\ 1:r1=2)"));
        StepSubject s2 = StepSubjects.of(witness(file), StepSubjects.files(dir));
        Place p = Placement.place(f.getFindings().get(0).getAnchor(), s2);
        assertEquals(Status.LOST, p.status());
        assertEquals("no step of dio runs 'WRITE_ONCE(*x, 1);' in dio any more", p.note());
        assertEquals(List.of("F1 \"dio writes x\" (step 1 (dio, dio): WRITE_ONCE(*x, 1);): " + p.note()),
                Placement.lostReport(Placement.placeAll(f, s2)));
    }
}
