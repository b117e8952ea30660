package org.pagelab.engine.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.pagelab.engine.lang.Ast;
import org.pagelab.engine.lang.Parser;
import org.pagelab.engine.lang.ScenarioException;
import org.pagelab.model.scenario.Block;
import org.pagelab.model.scenario.Element;
import org.pagelab.model.scenario.Scenario;
import org.pagelab.model.scenario.Statement;
import org.pagelab.model.scenario.ThreadBlock;

/**
 * parse -> model -> text gives the original characters back, for every
 * scenario of examples/ and every litmus file of the shared corpus; and the
 * model's structure agrees with the parser's (threads, statements).
 */
class RoundTripTest {

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(f -> f.toString().endsWith(".litmus") || f.toString().endsWith(".pgl")).sorted().toList();
        }
    }

    @Test
    void examplesRoundTrip() throws IOException {
        List<Path> files = files(TestFiles.project().resolve("examples"));
        assertTrue(files.size() >= 3, "examples/ holds " + files.size() + " scenarios");
        check(files);
    }

    @Test
    void litmusCorpusRoundTrips() throws IOException {
        List<Path> files = files(TestFiles.sharedFile("data/litmus"));
        assertEquals(743, files.size(), "corpus size changed");
        check(files);
    }

    private static void check(List<Path> files) throws IOException {
        List<String> failures = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            try {
                Scenario s = ScenarioReader.read(f.getFileName().toString(), text);
                String back = ScenarioWriter.write(s);
                if (!back.equals(text)) {
                    failures.add(f + ": text differs at offset " + firstDifference(text, back));
                    continue;
                }
                Ast.Scenario ast = Parser.parseScenario(f.toString(), text);
                List<ThreadBlock> threads = s.threads();
                if (threads.size() != ast.threads().size()) {
                    failures.add(f + ": " + threads.size() + " threads, parser has " + ast.threads().size());
                    continue;
                }
                for (int i = 0; i < threads.size(); i++) {
                    ThreadBlock t = threads.get(i);
                    Ast.Thread at = ast.threads().get(i);
                    if (t.getStatements().size() != at.body().stmts().size()) {
                        failures.add(f + ": P" + i + " has " + t.getStatements().size() + " statements, parser has "
                                + at.body().stmts().size());
                    }
                    if (t.getIndex() != at.index() || !t.displayName().equals(at.displayName())) {
                        failures.add(f + ": thread " + i + " is " + t.displayName() + ", parser has " + at.displayName());
                    }
                }
                for (Element e : s.getElements()) {
                    if (e instanceof Block b) {
                        for (Statement st : b.getStatements()) {
                            if (st.getText().isEmpty() || Character.isWhitespace(st.getText().charAt(0))
                                    || Character.isWhitespace(st.getText().charAt(st.getText().length() - 1))) {
                                failures.add(f + ":" + st.getLine() + ": statement text not trimmed: '" + st.getText() + "'");
                            }
                        }
                    }
                }
            } catch (ScenarioException e) {
                failures.add(e.getMessage());
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + files.size() + " files failed:\n"
                + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }

    static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return n;
    }
}
