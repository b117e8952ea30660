package org.pagelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line contract: exit codes and one-line errors, never a stack trace. */
class MainTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path project() {
        String p = System.getProperty("pagelab.project.dir");
        Path dir = p != null ? Path.of(p) : Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    @Test
    void versionAndHelp() {
        Run v = run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("Pagelab 0.1.0"), v.out());
        Run h = run("--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("state"), h.out());
        Run hs = run("help", "state");
        assertEquals(0, hs.code());
        assertTrue(hs.out().startsWith("Usage: ./pagelab state FILE [--json]"), hs.out());
    }

    @Test
    void unknownCommandsAndOptionsExitTwoWithOneLine() {
        Run r = run("frobnicate");
        assertEquals(2, r.code());
        assertEquals("pagelab: unknown command 'frobnicate' (see ./pagelab --help)\n", r.err());
        r = run("state", "--jsn", "x.mmstate");
        assertEquals(2, r.code());
        assertEquals("pagelab state: unknown option '--jsn'\n", r.err());
        r = run("state");
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void stateAsTextAndJson() {
        String f = project().resolve("examples/states/s1-setup.mmstate").toString();
        Run t = run("state", f);
        assertEquals(0, t.code(), t.err());
        assertTrue(t.out().contains("pte 0x7f0000000000: present pfn=0x1a2b3 (P) write exclusive"), t.out());
        Run j = run("state", "--json", f);
        assertEquals(0, j.code(), j.err());
        assertTrue(j.out().startsWith("{\n  \"class\": \"MMState\","), j.out());
    }

    @Test
    void unreadableStatesAreLocatedErrors(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.mmstate");
        Files.writeString(bad, "<?xml version=\"1.0\"?>\n<mm:MMState xmlns:mm=\"http://www.pagelab.org/mm/1.0\">\n  <pages refcnt=\"2\"/>\n</mm:MMState>\n");
        Run r = run("state", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("pagelab state: " + bad + ":3:"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        r = run("state", dir.resolve("missing.mmstate").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no such file"), r.err());
    }
}
