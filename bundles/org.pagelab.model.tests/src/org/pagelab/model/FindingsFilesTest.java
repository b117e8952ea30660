package org.pagelab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pagelab.model.findings.Finding;
import org.pagelab.model.findings.FindingsFactory;
import org.pagelab.model.findings.FindingsFile;
import org.pagelab.model.findings.PageAnchor;
import org.pagelab.model.findings.Severity;
import org.pagelab.model.findings.StepAnchor;
import org.pagelab.model.findings.StepRangeAnchor;
import org.pagelab.model.findings.SubjectKind;
import org.pagelab.model.findings.TimeRangeAnchor;
import org.pagelab.model.findings.TraceEventAnchor;
import org.pagelab.model.findings.VmaAnchor;

class FindingsFilesTest {
    private static final FindingsFactory F = FindingsFactory.eINSTANCE;

    static StepAnchor step(String thread, String function, String line, int ordinal, String... changes) {
        StepAnchor s = F.createStepAnchor();
        s.setThread(thread);
        s.setFunction(function);
        s.setFile("s1.pgl");
        s.setSourceLine(line);
        s.setLine(42);
        s.setOrdinal(ordinal);
        s.setIndex(6);
        s.setModel("sc");
        s.setVariants("try_to_unmap_one=v2");
        s.getChanges().addAll(List.of(changes));
        s.setLabel("step 7: " + thread + " " + function);
        return s;
    }

    /** A findings file with every anchor kind, non-ASCII text and XML specials. */
    static FindingsFile sample(Path subject) {
        FindingsFile f = FindingsFiles.create(subject);
        FindingsFiles.add(f, "DIO data lands in an unmapped page", "Reclaim discards the PTE while\nDIO holds a ref.\n\n"
                + "Second paragraph with <xml> & \"quotes\" and J\u00e9r\u00f4me.", Severity.CRITICAL,
                List.of("data-loss", "madv_free", " "), step("reclaim", "try_to_unmap_one", "discard = !PageDirty(page);", 0,
                        "pte[0] present|write -> none", "P->_mapcount 0 -> -1"));
        StepRangeAnchor r = F.createStepRangeAnchor();
        r.setFirst(step("dio", "gup_fast", "refs = page_ref_inc(P);", 0, "P->_refcount 2 -> 3"));
        r.setLast(step("dio", "dio_complete", "set_page_dirty_lock(P);", 1));
        FindingsFiles.add(f, "The window", "", Severity.MAJOR, null, r);
        TraceEventAnchor e = F.createTraceEventAnchor();
        e.setTimestamp(1234567890123L);
        e.setCpu(1);
        e.setPid(4242);
        e.setEvent("page_ref_mod");
        e.setPayloadHash("00ff00ff00ff00ff");
        e.setPayload("pfn=0x1054f2 flags=... count=3");
        FindingsFiles.add(f, "Extra ref", "x", Severity.NOTE, List.of(), e);
        TimeRangeAnchor t = F.createTimeRangeAnchor();
        t.setStart(10);
        t.setEnd(20);
        FindingsFiles.add(f, "Storm", "y", Severity.MINOR, List.of(), t);
        PageAnchor p = F.createPageAnchor();
        p.setName("P");
        p.setPfn(0x1054f2);
        p.setAt(step("reclaim", "shrink_page_list", "page_ref_freeze(P, 1)", 0));
        FindingsFiles.add(f, "P", "", null, null, p);
        VmaAnchor v = F.createVmaAnchor();
        v.setName("buf");
        v.setMm("mm");
        v.setStart(0x7f0000000000L);
        v.setEnd(0x7f0000001000L);
        FindingsFiles.add(f, "buf", "", Severity.NOTE, null, v);
        return f;
    }

    @Test
    void roundTripThroughSaveAndReload(@TempDir Path dir) throws Exception {
        Path subject = dir.resolve("s1-madv-free-dio.pgl");
        FindingsFile f = sample(subject);
        Path file = FindingsFiles.fileFor(subject);
        assertEquals("s1-madv-free-dio.pgl.findings", file.getFileName().toString());
        FindingsFiles.save(f, file);
        FindingsFile back = FindingsFiles.loadFor(subject);
        assertTrue(EcoreUtil.equals(f, back), "saved and reloaded findings are equal");
        assertEquals(SubjectKind.SCENARIO, back.getSubjectKind());
        assertEquals("s1-madv-free-dio.pgl", back.getSubject());
        assertEquals(List.of("F1", "F2", "F3", "F4", "F5", "F6"), back.getFindings().stream().map(Finding::getId).toList());
        assertEquals(List.of("data-loss", "madv_free"), back.getFindings().get(0).getTags(), "blank tags dropped");
        assertEquals(Severity.NOTE, back.getFindings().get(4).getSeverity(), "null severity is a note");
        assertNotNull(back.getFindings().get(0).getCreated());
        // saving twice gives the same bytes (diffable files)
        assertEquals(new String(FindingsFiles.toBytes(f), StandardCharsets.UTF_8),
                new String(FindingsFiles.toBytes(back), StandardCharsets.UTF_8));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(file), s.toList(), "no temporary file left");
        }
    }

    @Test
    void noFileMeansNoFindings(@TempDir Path dir) throws Exception {
        FindingsFile f = FindingsFiles.loadFor(dir.resolve("trace.dat"));
        assertTrue(f.getFindings().isEmpty());
        assertEquals(SubjectKind.TRACE, f.getSubjectKind());
        assertFalse(Files.exists(FindingsFiles.fileFor(dir.resolve("trace.dat"))), "nothing written by loading");
    }

    @Test
    void idsAfterDeletion(@TempDir Path dir) {
        FindingsFile f = sample(dir.resolve("x.pgl"));
        f.getFindings().remove(0);
        assertEquals("F7", FindingsFiles.nextId(f), "ids are never reused");
        f.getFindings().clear();
        assertEquals("F1", FindingsFiles.nextId(f));
    }

    @Test
    void errorsAreLocated(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("x.pgl.findings");
        Files.writeString(bad, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<findings:FindingsFile xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"\n"
                + "    xmlns:findings=\"http://www.pagelab.org/findings/1.0\" subject=\"x.pgl\">\n"
                + "  <findings title=\"t\" colour=\"red\"/>\n"
                + "</findings:FindingsFile>\n");
        StateFileException e = assertThrows(StateFileException.class, () -> FindingsFiles.load(bad));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("colour"), e.getMessage());

        Files.writeString(bad, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<findings:FindingsFile xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"\n"
                + "    xmlns:findings=\"http://www.pagelab.org/findings/1.0\" subject=\"x.pgl\">\n"
                + "  <findings id=\"F1\" title=\"t\"/>\n"
                + "</findings:FindingsFile>\n");
        e = assertThrows(StateFileException.class, () -> FindingsFiles.load(bad));
        assertEquals(bad + ": finding 1 (F1) has no anchor", e.getMessage());

        Files.writeString(bad, "<mm:MMState xmlns:mm=\"http://www.pagelab.org/mm/1.0\"/>");
        e = assertThrows(StateFileException.class, () -> FindingsFiles.load(bad));
        assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());

        Files.writeString(bad, "<findings:FindingsFile xmlns:findings=\"http://www.pagelab.org/findings/1.0\">\n<oops");
        e = assertThrows(StateFileException.class, () -> FindingsFiles.load(bad));
        assertEquals(2, e.line(), e.getMessage());
    }

    @Test
    void failedSaveKeepsTheOldFile(@TempDir Path dir) throws Exception {
        Path subject = dir.resolve("s.pgl");
        Path file = FindingsFiles.fileFor(subject);
        FindingsFiles.save(sample(subject), file);
        byte[] before = Files.readAllBytes(file);
        Path ro = dir.resolve("ro");
        Files.createDirectories(ro);
        // a target that is a directory cannot be replaced: the save fails and nothing changes
        Path target = ro.resolve("s.pgl.findings");
        Files.createDirectories(target.resolve("child"));
        assertThrows(IOException.class, () -> FindingsFiles.save(sample(subject), target));
        assertTrue(Files.isDirectory(target));
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file));
        try (Stream<Path> s = Files.list(ro)) {
            assertEquals(1, s.count(), "no temporary file left after a failed save");
        }
    }
}
