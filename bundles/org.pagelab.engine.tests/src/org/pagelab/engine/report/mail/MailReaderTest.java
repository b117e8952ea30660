package org.pagelab.engine.report.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.pagelab.engine.report.ReportData;

class MailReaderTest {
    static Path data(String name) {
        return ReportData.data(name);
    }

    @Test
    void readsAThreadMbox() throws Exception {
        List<MailMessage> ms = MailReader.read(data("s1-thread.mbox"));
        assertEquals(3, ms.size());
        MailMessage patch = ms.get(0);
        assertEquals("[PATCH v2] mm: fix race between MADV_FREE reclaim and blkdev direct IO read", patch.subject());
        assertEquals("<20220105233440.63361-1-mfo@canonical.test>", patch.messageId());
        // mboxrd quoting undone
        assertTrue(patch.body().contains("\nFrom a quick look, the race window"), patch.body());
        assertEquals(2, patch.line());
        assertEquals(3, patch.addresses("Cc").size());
        assertEquals("Huang, Ying", patch.addresses("Cc").get(1).name());

        MailMessage yu = ms.get(1);
        // quoted-printable with tabs and =20 padding decoded
        assertTrue(yu.body().contains("\n>  \t\t\t/* MADV_FREE page check */\n"), yu.body());
        assertTrue(yu.body().contains("Out of curiosity, how does it work with COW"));
        assertEquals(List.of("<20220105233440.63361-1-mfo@canonical.test>"), yu.references());
        assertEquals(0, yu.bodyLine(), "an encoded body has no line in the file");

        MailMessage huang = ms.get(2);
        assertEquals("Huang, Ying", huang.from().name(), "RFC 2047 encoded From");
        assertEquals("ying.huang@intel.com", huang.from().address());
        assertEquals("<Yd8l5Q0mV3g0zYgp@google.test>", huang.inReplyTo());
        assertEquals(3, huang.references().size());
        assertTrue(huang.body().startsWith("Minchan Kim <minchan@kernel.org> writes:\n"), "first text/plain part");
        assertFalse(huang.body().contains("+++ b/x"), "the attachment is not the body");
        assertEquals("2022-01-13T13:47:05+08:00", huang.date().orElseThrow().toOffsetDateTime().toString());
        assertTrue(huang.bodyLine() > 90, "8-bit body has its line: " + huang.bodyLine());
    }

    @Test
    void emlAndMboxGiveTheSameMessage() throws Exception {
        MailMessage eml = MailReader.read(data("s1-huang-ying.eml")).get(0);
        MailMessage last = MailReader.select(MailReader.read(data("s1-thread.mbox")), "s1-thread.mbox", null);
        assertEquals(eml.body(), last.body());
        assertEquals(eml.messageId(), last.messageId());
        assertEquals(1, eml.line());
    }

    @Test
    void selectsByMessageId() throws Exception {
        List<MailMessage> ms = MailReader.read(data("s1-thread.mbox"));
        assertEquals("Yu Zhao", MailReader.select(ms, "t", "Ydz0yh6kR1VzWq9f@google.test").from().name());
        assertEquals("Yu Zhao", MailReader.select(ms, "t", "<Ydz0yh6kR1VzWq9f@google.test>").from().name());
        MailException e = assertThrows(MailException.class, () -> MailReader.select(ms, "t", "nope@x"));
        assertEquals("t: no message has Message-ID <nope@x> (the file has 3 messages)", e.getMessage());
    }

    @Test
    void readsGzippedMbox() throws Exception {
        byte[] raw = Files.readAllBytes(data("s1-thread.mbox"));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(b)) {
            z.write(raw);
        }
        List<MailMessage> ms = MailReader.read("t.mbox.gz", b.toByteArray());
        assertEquals(3, ms.size());
        assertEquals(MailReader.read("t", raw).get(2).body(), ms.get(2).body());
        byte[] cut = Arrays.copyOf(b.toByteArray(), b.size() / 2);
        MailException e = assertThrows(MailException.class, () -> MailReader.read("t.mbox.gz", cut));
        assertTrue(e.getMessage().startsWith("t.mbox.gz: byte " + cut.length + ": gzip data ends early"),
                e.getMessage());
    }

    @Test
    void nonUtf8BodyWithoutCharsetIsALocatedError() throws Exception {
        byte[] good = Files.readAllBytes(data("s1-thread.mbox"));
        String s = new String(good, StandardCharsets.UTF_8);
        int at = s.indexOf("Userspace might read");
        byte[] bad = good.clone();
        bad[at + 4] = (byte) 0xe9; // Latin-1 'é' in a us-ascii body
        MailException e = assertThrows(MailException.class, () -> MailReader.read("s1-thread.mbox", bad));
        int line = (int) s.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        assertEquals(line, e.line());
        assertEquals(5, e.column());
        assertEquals(at + 4, e.offset());
        assertEquals("s1-thread.mbox:" + line + ":5: byte " + (at + 4)
                + ": the body is not valid UTF-8 (byte 0xE9)", e.getMessage());
    }

    @Test
    void declaredLatin1IsDecoded() throws Exception {
        byte[] m = ("From: J\u00e9r\u00f4me <j@x>\nSubject: t\nContent-Type: text/plain; charset=iso-8859-1\n"
                + "Content-Transfer-Encoding: 8bit\n\nJ").getBytes(StandardCharsets.UTF_8);
        byte[] body = {(byte) 0xe9, 'r', (byte) 0xf4, 'm', 'e', '\n'};
        byte[] all = Arrays.copyOf(m, m.length + body.length);
        System.arraycopy(body, 0, all, m.length, body.length);
        MailMessage msg = MailReader.read("x.eml", all).get(0);
        assertEquals("J\u00e9r\u00f4me\n", msg.body());
        assertEquals("J\u00e9r\u00f4me", msg.from().name(), "UTF-8 header (RFC 6532)");
    }

    @Test
    void nonUtf8HeaderIsALocatedError() {
        byte[] m = "From: J\u00e9r\u00f4me <j@x>\n\nhi\n".getBytes(StandardCharsets.ISO_8859_1);
        MailException e = assertThrows(MailException.class, () -> MailReader.read("x.eml", m));
        assertEquals("x.eml:1:8: byte 7: header line is not valid UTF-8 (byte 0xE9)", e.getMessage());
    }

    @Test
    void malformedInputsAreLocated() {
        assertError("not a mail\nat all\n", "x.eml:1:1: byte 0: expected a mail header field (Name: value) or an mbox "
                + "'From ' line, found 'not a mail'");
        assertError("From: a@b\nSubject x\n\nbody\n", "x.eml:2:1: byte 10: expected a header field (Name: value) or "
                + "the empty line before the body, found 'Subject x'");
        assertError(" folded\nFrom: a@b\n\nx\n", "x.eml:1:1: byte 0: a continuation line (starting with white space) "
                + "before any header field");
        assertError("", "x.eml: empty file, expected a mail message (.eml) or an mbox");
        assertError("From: a@b\nContent-Type: multipart/mixed\n\nx\n",
                "x.eml:4:1: byte 41: a multipart/mixed body without a boundary parameter in its Content-Type");
        assertError("From: a@b\nContent-Type: multipart/mixed; boundary=zz\n\nx\n",
                "x.eml:4:1: byte 54: multipart boundary 'zz' never appears in the body");
        assertError("From: a@b\nContent-Type: text/html\n\n<p>x</p>\n", "x.eml:4:1: byte 35: the body is text/html, "
                + "not plain text; save the plain-text version (lore.kernel.org: the 'raw' link)");
        assertError("From: a@b\nContent-Transfer-Encoding: base64\n\naGVsbG8*\n",
                "x.eml:4:8: byte 52: not base64 (the part declares Content-Transfer-Encoding: base64)");
        assertError("From: a@b\nContent-Type: text/plain; charset=klingon\n\nx\n",
                "x.eml:4:1: byte 53: unknown charset 'klingon' in Content-Type");
        assertError("From a@b Thu Jan 13 05:47:05 2022\n\nFrom x Thu Jan 13 05:47:05 2022\n",
                "x.eml:2:1: byte 34: mbox message 1 has no header fields");
    }

    private static void assertError(String text, String message) {
        MailException e = assertThrows(MailException.class,
                () -> MailReader.read("x.eml", text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(message, e.getMessage());
    }

    @Test
    void crlfMessages() throws Exception {
        String text = "From: A <a@b>\r\nSubject: =?UTF-8?q?caf=C3=A9?= =?UTF-8?q?_ol=C3=A9?=\r\n"
                + "Message-ID: <1@b>\r\n\r\nline 1\r\nline 2\r\n";
        MailMessage m = MailReader.read("x.eml", text.getBytes(StandardCharsets.UTF_8)).get(0);
        assertEquals("caf\u00e9 ol\u00e9", m.subject(), "adjacent encoded words join");
        assertEquals("line 1\nline 2\n", m.body());
        assertEquals("<1@b>", m.messageId());
        assertNull(m.inReplyTo());
    }

    @Test
    void missingFile() {
        MailException e = assertThrows(MailException.class, () -> MailReader.read(Path.of("/nonexistent/x.eml")));
        assertEquals("/nonexistent/x.eml: no such file", e.getMessage());
    }

    @Test
    void dates() {
        assertEquals("Wed, 5 Jan 2022 20:34:40 -0300",
                MailDates.format(MailDates.parse("Wed,  5 Jan 2022 20:34:40 -0300").orElseThrow()));
        assertEquals("Thu, 13 Jan 2022 05:47:05 +0000",
                MailDates.format(MailDates.parse("13 Jan 2022 05:47:05 GMT").orElseThrow()));
        assertEquals("Thu, 13 Jan 2022 13:47:05 +0800",
                MailDates.format(MailDates.parse("Thu, 13 Jan 2022 13:47:05 +0800 (CST)").orElseThrow()));
        assertTrue(MailDates.parse("yesterday").isEmpty());
    }

    @Test
    void addresses() {
        List<MailAddresses.Address> a = MailAddresses
                .parse("\"Huang, Ying\" <ying.huang@intel.com>, Yu Zhao <yuzhao@google.com>, x@y (Mr X), linux-mm@kvack.org");
        assertEquals(4, a.size());
        assertEquals("\"Huang, Ying\" <ying.huang@intel.com>", a.get(0).toHeader());
        assertEquals("Mr X", a.get(2).name());
        assertEquals("linux-mm@kvack.org", a.get(3).toHeader());
        assertEquals("=?UTF-8?q?J=C3=A9r=C3=B4me_Glisse?= <j@x>",
                new MailAddresses.Address("J\u00e9r\u00f4me Glisse", "j@x").toHeader());
    }

    @Test
    void readsRealFileSizes() throws IOException, MailException {
        // every message of the fixture has a From and a Date
        for (MailMessage m : MailReader.read(data("s1-thread.mbox"))) {
            assertTrue(m.date().isPresent(), m.describe());
            assertTrue(m.from() != null, m.describe());
        }
    }
}
