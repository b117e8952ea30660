package org.pagelab.engine.lkmm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pagelab.engine.TestFiles;
import org.pagelab.engine.lang.Ast;
import org.pagelab.engine.lang.Parser;
import org.pagelab.engine.lang.ScenarioException;

class LitmusWriterTest {
    static List<Path> corpus() throws IOException {
        Path dir = TestFiles.sharedFile("data/litmus");
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".litmus")).sorted().toList();
        }
    }

    /** Every corpus file exports, the export parses, and exporting it again gives the same text. */
    @Test
    void exportIsStableOnTheCorpus() throws Exception {
        int n = 0;
        for (Path p : corpus()) {
            Ast.Scenario s = Parser.parseScenario(p.toString(), Files.readString(p));
            String once = LitmusWriter.write(s, null);
            Ast.Scenario again = Parser.parseScenario("export of " + p, once);
            assertEquals(once, LitmusWriter.write(again, null), p.toString());
            assertEquals(s.threads().size(), again.threads().size());
            n++;
        }
        assertTrue(n >= 743, "corpus files: " + n);
    }

    @Test
    void threadNamesAndDefinesAreRewritten() throws Exception {
        String src = """
                C named
                (* Result: Never *)
                #define ONE 1
                { x=0; }
                P0:writer(int *x) { WRITE_ONCE(*x, ONE); }
                P1:reader(int *x) { int r1 = READ_ONCE(*x); }
                exists (reader:r1 != ONE)
                """;
        String out = LitmusWriter.write(Parser.parseScenario("named.pgl", src), "from named.pgl");
        assertTrue(out.contains("P0(int *x)"), out);
        assertTrue(out.contains("WRITE_ONCE(*x, (1))"), out);
        assertTrue(out.contains("exists (~(1:r1=1))"), out);
        assertTrue(out.contains("Result: Never"), out);
    }

    @Test
    void outsideTheSubsetIsALocatedError() throws Exception {
        String src = """
                C mm
                import mm;
                P0(int *x) { WRITE_ONCE(*x, 1); }
                exists (x=1)
                """;
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> LitmusWriter.write(Parser.parseScenario("mm.pgl", src), null));
        assertTrue(e.getMessage().startsWith("mm.pgl:2:"), e.getMessage());
        String loop = """
                C loop
                P0(int *x) { while (READ_ONCE(*x) == 0) ; }
                exists (x=1)
                """;
        ScenarioException e2 = assertThrows(ScenarioException.class,
                () -> LitmusWriter.write(Parser.parseScenario("loop.pgl", loop), null));
        assertTrue(e2.getMessage().contains("loop.pgl:2:14"), e2.getMessage());
    }
}
