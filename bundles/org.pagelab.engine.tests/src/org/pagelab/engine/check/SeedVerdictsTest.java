package org.pagelab.engine.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pagelab.engine.TestFiles;
import org.pagelab.engine.lang.Parser;
import org.pagelab.engine.lkmm.MemoryModel;
import org.pagelab.engine.lkmm.ModelHeader;

/**
 * Every seed scenario's verdict, found by exploration, equals its Result:
 * line, with no unexpected violation; the races of mm-scenarios.md are all
 * there, each with at least two variants.
 */
class SeedVerdictsTest {

    static List<Path> seeds() throws Exception {
        try (Stream<Path> s = Files.list(TestFiles.project().resolve("examples/seeds"))) {
            return s.filter(Checker::isScenario).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everySeedMatchesItsResultLine() throws Exception {
        return seeds().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            MemoryModel declared = ModelHeader.declared(Parser.parseScenario(f.toString(), Files.readString(f)));
            CheckModel model = CheckModels.byName(declared == null ? "sc" : declared.name());
            assertNotNull(model);
            CheckOptions o = new CheckOptions();
            o.workers = 2;
            CheckResult r = Checker.check(f, model, o);
            assertNotNull(r.expected(), f + " has no Result: line");
            assertEquals(r.expected(), r.verdict(), f + ": " + r.violations());
            assertEquals(Boolean.TRUE, r.match(), f + ": unexpected violation " + r.violations());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyRaceHasTheVariantsTheIssueAsksFor() throws Exception {
        List<String> names = seeds().stream().map(p -> p.getFileName().toString()).toList();
        return Stream.of("s1-", "s2-", "s3-", "s4-", "s5-").map(prefix -> DynamicTest.dynamicTest(prefix, () -> {
            long n = names.stream().filter(x -> x.startsWith(prefix)).count();
            assertTrue(n >= 2, prefix + ": " + n + " scenarios");
        }));
    }
}
