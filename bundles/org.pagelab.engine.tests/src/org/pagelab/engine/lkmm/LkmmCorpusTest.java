package org.pagelab.engine.lkmm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pagelab.engine.TestFiles;

/**
 * The development corpus (../shared/data/litmus, 743 tests, 704 with an LKMM
 * verdict): every verdict must agree, judged as the kernel's judgelitmus.sh
 * does. Not a timing test: speed is measured by the check command.
 */
class LkmmCorpusTest {
    @Test
    void everyOracleAgrees() throws Exception {
        Path dir = TestFiles.sharedFile("data/litmus");
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".litmus")).sorted().toList();
        }
        Map<String, int[]> perFolder = new TreeMap<>();
        List<String> bad = new ArrayList<>();
        for (Path f : files) {
            AxiomaticCheck.Report r = AxiomaticChecks.check(f, LkmmModel.INSTANCE, null, 60_000, 0);
            int[] c = perFolder.computeIfAbsent(f.getParent().getFileName().toString(), k -> new int[3]);
            if (r.error() != null) {
                bad.add(r.file() + ": " + r.error());
            } else if (r.match() != null) {
                c[r.match() ? 0 : 1]++;
                if (!r.match()) {
                    bad.add(r.line());
                }
            } else {
                c[2]++;
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
        assertEquals(647, perFolder.get("lkmm-auto-dev")[0], "lkmm-auto-dev oracles agreeing");
        assertEquals(57, perFolder.get("manual-kernel-dev")[0], "manual-kernel-dev oracles agreeing");
    }
}
