package org.pagelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./pagelab report}: text and .eml replies, atomic --out, located errors, no partial files. */
class ReportCommandTest {
    static final String S1 = "examples/seeds/s1-madv-free-dio-5.16.pgl";
    static final String MBOX = "examples/mail/s1-thread.mbox";

    private static String p(String relative) {
        return MainTest.project().resolve(relative).toString();
    }

    @Test
    void textReplyOnStdout() {
        MainTest.Run r = MainTest.run("report", p(S1), "--workers", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Pagelab explored every interleaving of the scenario below (SC,\n"), r.out());
        assertTrue(r.out().contains("\ndio                                      reclaim\n"), r.out());
        assertTrue(r.out().contains("\n1) Reclaim clears the PTE while the DIO holds a reference (critical)\n"),
                "the findings next to the scenario are used: " + r.out());
        for (String l : r.out().split("\n")) {
            assertTrue(l.length() <= 80 && !l.contains("\t") && l.equals(l.stripTrailing()), l);
        }
    }

    @Test
    void emlReplyWrittenAtomically(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("reply.eml");
        MainTest.Run r = MainTest.run("report", p(S1), "--reply-to", p(MBOX), "--message-id",
                "<Ydz0yh6kR1VzWq9f@google.test>", "--out", out.toString(), "--from", "R <r@example.org>",
                "--trailer", "Reported-by: Mauricio Faria de Oliveira <mfo@canonical.com>", "--link", "auto",
                "--quote", "all", "--workers", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith("wrote " + out), r.err());
        String eml = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(eml.startsWith("From: R <r@example.org>\nTo: Yu Zhao <yuzhao@google.com>\n"), eml);
        assertTrue(eml.contains("\nSubject: Re: [PATCH v2] mm: fix race between MADV_FREE reclaim and blkdev\n"), eml);
        assertTrue(eml.contains("\nIn-Reply-To: <Ydz0yh6kR1VzWq9f@google.test>\n"), eml);
        assertTrue(eml.contains("\n\nOn Mon, 10 Jan 2022 23:48:13 -0700, Yu Zhao wrote:\n"), eml);
        assertTrue(eml.contains("\nReferences: <20220105233440.63361-1-mfo@canonical.test>\n <Ydz0yh6kR1VzWq9f@google.test>\n"),
                "the thread's references, then the message answered: " + eml);
        assertTrue(eml.contains("\n\nReported-by: Mauricio Faria de Oliveira <mfo@canonical.com>\n"
                + "Link: https://lore.kernel.org/r/Ydz0yh6kR1VzWq9f@google.test\n"), eml);
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(out), s.toList(), "no temporary file left");
        }
    }

    @Test
    void brokenMboxLeavesNoFile(@TempDir Path tmp) throws Exception {
        byte[] raw = Files.readAllBytes(Path.of(p(MBOX)));
        int at = new String(raw, StandardCharsets.ISO_8859_1).indexOf("Out of curiosity");
        raw[at] = (byte) 0xe9;
        Path bad = tmp.resolve("bad.mbox");
        Files.write(bad, raw);
        // the byte is in a quoted-printable part: located at its place in the file all the same
        int line = (int) new String(raw, 0, at, StandardCharsets.ISO_8859_1).chars().filter(c -> c == '\n').count() + 1;
        Path old = tmp.resolve("old.txt");
        Files.writeString(old, "an earlier reply\n");
        MainTest.Run r = MainTest.run("report", p(S1), "--reply-to", bad.toString(), "--out", old.toString());
        assertEquals(2, r.code());
        assertEquals(bad + ":" + line + ":1: byte " + at + ": the quoted-printable body is not valid UTF-8 (byte 0xE9)",
                r.err().strip());
        assertEquals("an earlier reply\n", Files.readString(old), "the existing file is untouched");

        Path gone = tmp.resolve("new.eml");
        Files.writeString(bad, "From: a@b\nContent-Type: multipart/mixed; boundary=x\n\nno parts\n");
        r = MainTest.run("report", p(S1), "--reply-to", bad.toString(), "--out", gone.toString());
        assertEquals(2, r.code());
        assertEquals(bad + ":4:1: byte 53: multipart boundary 'x' never appears in the body", r.err().strip());
        assertFalse(Files.exists(gone), "no partial output");
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(2, s.count(), "only bad.mbox and old.txt");
        }
    }

    @Test
    void usageErrors() {
        assertEquals(2, MainTest.run("report").code());
        assertEquals(2, MainTest.run("report", p(S1), "--quote", "some").code());
        assertEquals(2, MainTest.run("report", p(S1), "--link", "auto").code());
        assertEquals(2, MainTest.run("report", p(S1), "--trailer", "no colon").code());
        assertEquals(2, MainTest.run("report", p(S1), "--compare", "try_to_unmap_one").code());
        assertEquals(2, MainTest.run("report", p(S1), "--model", "nosuch").code());
        MainTest.Run r = MainTest.run("report", p(S1), "--quote-lines", "9-3");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--quote-lines takes ranges like 12-30,41"), r.err());
    }
}
