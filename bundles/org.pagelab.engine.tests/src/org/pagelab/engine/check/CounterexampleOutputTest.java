package org.pagelab.engine.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pagelab.engine.TestFiles;
import org.pagelab.engine.explore.Trace;
import org.pagelab.engine.report.CounterexampleExport;
import org.pagelab.engine.report.InterleavingDiagram;

/** The S1 (5.16) counterexample as a CPU-column diagram and as an ftrace-format trace. */
class CounterexampleOutputTest {
    static final Pattern STEP = Pattern.compile(
            " *[A-Za-z0-9_]+-\\d+ \\[\\d{3}\\] \\.{5} +\\d+\\.000000: pagelab_step: step=\\d+ thread=\\S+ line=\\d+ fn=\\S+ stack=\\S+ annot=\\S+ text=\".*\"( value=\".*\")?");
    static final Pattern REF = Pattern.compile(
            " *\\S+ \\[\\d{3}\\] \\.{5} +\\d+\\.000000: page_ref_mod: pfn=0x[0-9a-f]+ flags=\\S+ count=-?\\d+ mapcount=-?\\d+ mapping=0x[0-9a-f]+ mt=0 val=-?\\d+");

    static CheckResult s1() {
        Path f = TestFiles.project().resolve("examples/seeds/s1-madv-free-dio-5.16.pgl");
        CheckOptions o = new CheckOptions();
        o.workers = 2;
        return Checker.check(f, CheckModels.byName("sc"), o);
    }

    @Test
    void diagramHasThreadColumnsAndStateChanges() {
        CheckResult r = s1();
        Trace t = r.traces().get(0);
        assertEquals("dirty-data-lost", t.violation());
        String d = InterleavingDiagram.render(t);
        String[] lines = d.split("\n");
        assertTrue(lines[0].startsWith("dio") && lines[0].contains("reclaim"), lines[0]);
        assertTrue(d.contains("P->_refcount 1 -> 2"), d);
        assertTrue(d.contains("pte-0x1000: present|write"), d);
        assertTrue(d.contains("-> none"), d);
        assertTrue(lines[lines.length - 1].startsWith("==> dirty-data-lost"), lines[lines.length - 1]);
        int reclaimCol = lines[0].indexOf("reclaim");
        assertTrue(d.lines().anyMatch(l -> l.length() > reclaimCol && l.substring(0, reclaimCol).isBlank()
                && l.substring(reclaimCol).contains("isolate_lru_page")), "reclaim's steps are in its column");
    }

    @Test
    void traceExportIsFtraceTextWithChangesAndPageRefLines(@TempDir Path tmp) throws Exception {
        CheckResult r = s1();
        CounterexampleExport.writeAll(tmp, Path.of("s1.pgl"), r);
        Path f = tmp.resolve("s1-madv-free-dio-5.16.dirty-data-lost.trace");
        List<String> lines = Files.readAllLines(f);
        assertEquals("# pagelab-counterexample 1", lines.get(0));
        assertTrue(lines.contains("# scenario: s1-madv-free-dio-5.16"), lines.toString());
        assertTrue(lines.contains("# violation: dirty-data-lost"));
        assertTrue(lines.contains("# threads: 0=dio 1=reclaim 2=after"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("# variants: ") && l.contains("try_to_unmap_one=5.16")));
        long steps = lines.stream().filter(l -> l.contains("pagelab_step:")).count();
        assertEquals(r.traces().get(0).steps().size(), steps);
        for (String l : lines) {
            if (l.contains("pagelab_step:")) {
                assertTrue(STEP.matcher(l).matches(), l);
            } else if (l.contains("page_ref_mod:")) {
                assertTrue(REF.matcher(l).matches(), l);
            }
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("pagelab_change:") && l.contains("obj=page:P field=_refcount old=1 new=2")));
        assertTrue(lines.stream().anyMatch(l -> l.contains("page_ref_mod:") && l.contains("count=2") && l.contains("val=1")));
        assertTrue(lines.stream().anyMatch(l -> l.trim().startsWith("dio-1 [000]")));
        assertTrue(lines.stream().anyMatch(l -> l.trim().startsWith("reclaim-2 [001]")));
        assertTrue(lines.get(lines.size() - 1).contains("pagelab_violation:"), lines.get(lines.size() - 1));
    }
}
