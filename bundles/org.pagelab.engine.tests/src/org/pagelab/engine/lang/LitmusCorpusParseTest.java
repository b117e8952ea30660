package org.pagelab.engine.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pagelab.engine.TestFiles;

/** Every LKMM litmus test of the shared corpus parses, with its header, threads and condition. */
class LitmusCorpusParseTest {

    static List<Path> corpus() throws IOException {
        Path dir = TestFiles.sharedFile("data/litmus");
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(f -> f.toString().endsWith(".litmus")).sorted().toList();
        }
    }

    @Test
    void parsesAllLitmusFiles() throws IOException {
        List<Path> files = corpus();
        assertEquals(743, files.size(), "corpus size changed");
        List<String> failures = new ArrayList<>();
        int withExpected = 0;
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            try {
                Ast.Scenario s = Parser.parseScenario(f.getFileName().toString(), text);
                assertEquals("C", s.arch());
                assertFalse(s.threads().isEmpty(), f + ": no threads");
                assertNotNull(s.condition(), f + ": no condition");
                if (s.expected() != null) {
                    withExpected++;
                }
            } catch (ScenarioException e) {
                failures.add(e.getMessage());
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " files failed:\n" + String.join("\n", failures));
        assertTrue(withExpected > 600, "Result: headers found in only " + withExpected + " files");
    }

    @Test
    void readsHeaderInitThreadsAndCondition() throws Exception {
        String text = """
                C MP+pooncerelease+poacquireonce
                (*
                 * Result: Never
                 *)
                { x=1; int *p=&x; int * 1:r1; atomic_t z = ATOMIC_INIT(0); 0:r2=2; }
                P0(int *x, int *y) { WRITE_ONCE(*x, 1); smp_store_release(y, 1); }
                P1:reader(int *x, int *y) { int r0; int r1; r0 = smp_load_acquire(y); r1 = READ_ONCE(*x); }
                locations [x; 0:r2]
                exists (1:r0=1 /\\ reader:r1=0 \\/ ~x=y)
                """;
        Ast.Scenario s = Parser.parseScenario("mp.litmus", text);
        assertEquals("MP+pooncerelease+poacquireonce", s.name());
        assertEquals(Ast.Verdict.NEVER, s.expected());
        assertEquals(5, s.init().size());
        assertEquals("1", s.init().get(2).thread());
        assertEquals("r1", s.init().get(2).name());
        assertEquals(2, s.threads().size());
        assertEquals("reader", s.threads().get(1).name());
        assertEquals(Ast.Quantifier.EXISTS, s.condition().quantifier());
        assertTrue(s.condition().cond() instanceof Ast.CondOr, "\\/ binds weaker than /\\");
        assertEquals(2, s.locations().size());
        assertEquals(new Pos(text.indexOf("P1:reader"), 7, 1), s.threads().get(1).pos());
    }
}
