package org.pagelab.engine.report.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads the message being answered from a file saved from a list archive:
 * a single message (.eml, lore.kernel.org "raw") or an mbox (lore's
 * "mbox.gz" of a thread, gzip-compressed or not; mboxo/mboxrd
 * {@code >From } quoting undone). Only what a reply needs is decoded: the
 * header fields and the text/plain body (multipart messages: the first
 * inline text/plain part; quoted-printable and base64; any charset Java
 * knows; 8-bit text without a declared charset must be UTF-8).
 *
 * <p>Anything else is a {@link MailException} naming the file, line,
 * column and byte offset.
 */
public final class MailReader {
    /** Files larger than this are refused (a thread's mbox is a few MB). */
    public static final long MAX_BYTES = 256L << 20;

    private final String name;
    private final byte[] data;
    private final boolean located; // offsets are offsets in the file (not decompressed)
    private int[] lineStarts;

    private MailReader(String name, byte[] data, boolean located) {
        this.name = name;
        this.data = data;
        this.located = located;
    }

    /** Reads every message of an .eml or mbox file (gzip-compressed or not). */
    public static List<MailMessage> read(Path file) throws MailException, IOException {
        String name = file.toString();
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new MailException(name, 0, 0, -1, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new MailException(name, 0, 0, -1, "is a directory, expected an .eml or mbox file");
        }
        if (size > MAX_BYTES) {
            throw new MailException(name, 0, 0, -1, "file of " + size + " bytes is too large for a mail or mbox (at most "
                    + MAX_BYTES + ")");
        }
        return read(name, Files.readAllBytes(file));
    }

    /** Reads every message of the bytes of an .eml or mbox file; {@code name} is used in messages. */
    public static List<MailMessage> read(String name, byte[] bytes) throws MailException {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            return new MailReader(name + " (decompressed)", gunzip(name, bytes), false).messages();
        }
        return new MailReader(name, bytes, true).messages();
    }

    /**
     * The message to answer: the one with that Message-ID (with or without
     * angle brackets) or, when {@code messageId} is null, the only message or
     * the last one of an mbox (a thread's mbox ends with its newest message).
     */
    public static MailMessage select(List<MailMessage> messages, String file, String messageId) throws MailException {
        if (messages.isEmpty()) {
            throw new MailException(file, 0, 0, -1, "no message in the file");
        }
        if (messageId == null || messageId.isBlank()) {
            return messages.get(messages.size() - 1);
        }
        String want = messageId.strip();
        if (!want.startsWith("<")) {
            want = "<" + want + ">";
        }
        for (MailMessage m : messages) {
            if (want.equals(m.messageId())) {
                return m;
            }
        }
        throw new MailException(file, 0, 0, -1, "no message has Message-ID " + want + " (the file has "
                + messages.size() + " message" + (messages.size() == 1 ? "" : "s") + ")");
    }

    private static byte[] gunzip(String name, byte[] bytes) throws MailException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 4);
            byte[] buf = new byte[65536];
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                if (out.size() > MAX_BYTES) {
                    throw new MailException(name, 0, 0, -1, "decompresses to more than " + MAX_BYTES + " bytes");
                }
            }
            return out.toByteArray();
        } catch (ZipException e) {
            throw new MailException(name, 0, 0, -1, "corrupt gzip data: " + e.getMessage());
        } catch (java.io.EOFException e) {
            throw new MailException(name, 0, 0, bytes.length, "gzip data ends early (truncated download?)");
        } catch (IOException e) {
            throw new MailException(name, 0, 0, -1, "cannot decompress: " + e.getMessage());
        }
    }

    // ---- locations ----------------------------------------------------------

    private int lineOf(int offset) {
        if (lineStarts == null) {
            int n = 1;
            for (byte b : data) {
                if (b == '\n') {
                    n++;
                }
            }
            lineStarts = new int[n];
            int k = 1;
            for (int i = 0; i < data.length; i++) {
                if (data[i] == '\n') {
                    lineStarts[k++] = i + 1;
                }
            }
        }
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    private MailException error(int offset, String message) {
        int line = lineOf(offset);
        int col = offset - lineStarts[line - 1] + 1;
        return new MailException(name, line, col, located ? offset : -1, message);
    }

    private int lineEnd(int from) {
        int i = from;
        while (i < data.length && data[i] != '\n') {
            i++;
        }
        return i;
    }

    private int next(int from) {
        int e = lineEnd(from);
        return e < data.length ? e + 1 : e;
    }

    /** Whether the line at {@code i} (up to its '\n', a '\r' before it ignored) is empty. */
    private boolean emptyLine(int i, int end) {
        return i >= end || data[i] == '\n' || (data[i] == '\r' && i + 1 < end && data[i + 1] == '\n');
    }

    private boolean startsWith(int i, String s) {
        if (i + s.length() > data.length) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (data[i + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    // ---- messages ----------------------------------------------------------

    private List<MailMessage> messages() throws MailException {
        int start = 0;
        if (data.length >= 3 && (data[0] & 0xff) == 0xef && (data[1] & 0xff) == 0xbb && (data[2] & 0xff) == 0xbf) {
            start = 3; // UTF-8 byte order mark
        }
        while (start < data.length && emptyLine(start, data.length)) {
            start = next(start);
        }
        if (start >= data.length) {
            throw new MailException(name, 0, 0, -1, "empty file, expected a mail message (.eml) or an mbox");
        }
        List<MailMessage> out = new ArrayList<>();
        if (!startsWith(start, "From ")) {
            out.add(message(0, start, data.length, false));
            return out;
        }
        // mbox: a "From " line at the start or after an empty line starts a message
        List<Integer> seps = new ArrayList<>();
        boolean prevEmpty = true;
        for (int i = start; i < data.length; i = next(i)) {
            if (prevEmpty && startsWith(i, "From ")) {
                seps.add(i);
            }
            prevEmpty = emptyLine(i, data.length);
        }
        for (int k = 0; k < seps.size(); k++) {
            int from = next(seps.get(k));
            int to = k + 1 < seps.size() ? seps.get(k + 1) : data.length;
            out.add(message(k, from, to, true));
        }
        return out;
    }

    private record Entity(List<MailMessage.Header> headers, int bodyStart, int bodyEnd) {
        String field(String n) {
            for (MailMessage.Header h : headers) {
                if (h.name().equalsIgnoreCase(n)) {
                    return h.value();
                }
            }
            return null;
        }
    }

    private MailMessage message(int index, int start, int end, boolean mbox) throws MailException {
        if (start >= end || emptyLine(start, end)) {
            throw error(Math.min(start, data.length), (mbox ? "mbox message " + (index + 1) : "the message")
                    + " has no header fields");
        }
        Entity e = entity(start, end, true);
        Body b = textBody(e, 0);
        String text = b.text;
        if (mbox) {
            text = text.replaceAll("(?m)^>(>*From )", "$1");
        }
        return new MailMessage(name, index, lineOf(start), e.headers(), text, b.line);
    }

    /** Header fields from {@code start} up to the empty line; the body after it. */
    private Entity entity(int start, int end, boolean topLevel) throws MailException {
        List<MailMessage.Header> headers = new ArrayList<>();
        int i = start;
        String curName = null;
        StringBuilder cur = new StringBuilder();
        while (i < end && !emptyLine(i, end)) {
            int e = Math.min(lineEnd(i), end);
            int le = e > i && data[e - 1] == '\r' ? e - 1 : e;
            String line = utf8(i, le, "header line");
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                if (curName == null) {
                    throw error(i, "a continuation line (starting with white space) before any header field");
                }
                cur.append(' ').append(line.strip());
            } else {
                int colon = line.indexOf(':');
                boolean ok = colon > 0;
                for (int k = 0; ok && k < colon; k++) {
                    char c = line.charAt(k);
                    ok = c > 32 && c < 127;
                }
                if (!ok) {
                    if (topLevel && curName == null) {
                        throw error(i, "expected a mail header field (Name: value) or an mbox 'From ' line, found '"
                                + abbreviate(line) + "'");
                    }
                    throw error(i, "expected a header field (Name: value) or the empty line before the body, found '"
                            + abbreviate(line) + "'");
                }
                if (curName != null) {
                    headers.add(header(curName, cur.toString()));
                }
                curName = line.substring(0, colon);
                cur.setLength(0);
                cur.append(line.substring(colon + 1).strip());
            }
            i = e < end ? e + 1 : e;
        }
        if (curName != null) {
            headers.add(header(curName, cur.toString()));
        }
        int bodyStart = i < end ? Math.min(next(i), end) : end;
        return new Entity(headers, bodyStart, end);
    }

    private static MailMessage.Header header(String n, String raw) {
        return new MailMessage.Header(n, raw, MailHeaders.decodeWords(raw));
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    private String utf8(int from, int to, String what) throws MailException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data, from, to - from);
        CharBuffer out = CharBuffer.allocate(to - from + 1);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            throw error(at, what + " is not valid UTF-8 (byte 0x"
                    + String.format(Locale.ROOT, "%02X", data[at] & 0xff) + ")");
        }
        out.flip();
        return out.toString();
    }

    private record Body(String text, int line) {
    }

    /** The text/plain body of an entity (descending into multipart parts). */
    private Body textBody(Entity e, int depth) throws MailException {
        String ct = e.field("Content-Type");
        String type = ct == null ? "text/plain" : MailHeaders.mainValue(ct);
        Map<String, String> params = MailHeaders.parameters(ct);
        if (type.startsWith("multipart/")) {
            if (depth > 8) {
                throw error(e.bodyStart(), "multipart parts nested more than 8 deep");
            }
            String boundary = params.get("boundary");
            if (boundary == null || boundary.isEmpty()) {
                throw error(e.bodyStart(), "a " + type + " body without a boundary parameter in its Content-Type");
            }
            List<Entity> parts = parts(e, boundary);
            List<String> seen = new ArrayList<>();
            Entity attached = null;
            for (Entity p : parts) {
                String pt = p.field("Content-Type") == null ? "text/plain"
                        : MailHeaders.mainValue(p.field("Content-Type"));
                seen.add(pt);
                if (pt.startsWith("multipart/")) {
                    Body b = textBodyOrNull(p, depth + 1);
                    if (b != null) {
                        return b;
                    }
                } else if (pt.equals("text/plain")) {
                    String disp = p.field("Content-Disposition");
                    if (disp != null && MailHeaders.mainValue(disp).equals("attachment")) {
                        if (attached == null) {
                            attached = p;
                        }
                        continue;
                    }
                    return textBody(p, depth + 1);
                }
            }
            if (attached != null) {
                return textBody(attached, depth + 1);
            }
            throw error(e.bodyStart(), "no text/plain part in this " + type + " message (parts: "
                    + String.join(", ", seen) + ")");
        }
        if (!type.equals("text/plain") && !type.isEmpty()) {
            throw error(e.bodyStart(), "the body is " + type + ", not plain text; save the plain-text version "
                    + "(lore.kernel.org: the 'raw' link)");
        }
        return decodeText(e, params.get("charset"));
    }

    private Body textBodyOrNull(Entity e, int depth) throws MailException {
        try {
            return textBody(e, depth);
        } catch (MailException x) {
            if (x.detail().startsWith("no text/plain part")) {
                return null;
            }
            throw x;
        }
    }

    private List<Entity> parts(Entity e, String boundary) throws MailException {
        String delim = "--" + boundary;
        List<Integer> starts = new ArrayList<>();
        int close = -1;
        for (int i = e.bodyStart(); i < e.bodyEnd(); i = next(i)) {
            if (startsWith(i, delim)) {
                int le = Math.min(lineEnd(i), e.bodyEnd());
                String rest = new String(data, i + delim.length(), le - i - delim.length(), StandardCharsets.ISO_8859_1);
                if (rest.startsWith("--") && rest.substring(2).isBlank()) {
                    close = i;
                    break;
                }
                if (rest.isBlank()) {
                    starts.add(i);
                }
            }
        }
        if (starts.isEmpty()) {
            throw error(e.bodyStart(), "multipart boundary '" + boundary + "' never appears in the body");
        }
        List<Entity> parts = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int from = next(starts.get(k));
            int to = k + 1 < starts.size() ? starts.get(k + 1) : close >= 0 ? close : e.bodyEnd();
            // the line end before a delimiter belongs to the delimiter
            if (to > from && data[to - 1] == '\n') {
                to--;
                if (to > from && data[to - 1] == '\r') {
                    to--;
                }
            }
            if (from < to && emptyLine(from, to)) {
                parts.add(new Entity(List.of(), Math.min(next(from), to), to));
            } else {
                parts.add(entity(from, to, false));
            }
        }
        return parts;
    }

    private Body decodeText(Entity e, String charsetName) throws MailException {
        String cte = e.field("Content-Transfer-Encoding");
        String enc = cte == null ? "7bit" : cte.strip().toLowerCase(Locale.ROOT);
        byte[] bytes;
        boolean identity;
        switch (enc) {
            case "7bit", "8bit", "binary", "" -> {
                bytes = Arrays.copyOfRange(data, e.bodyStart(), e.bodyEnd());
                identity = true;
            }
            case "quoted-printable" -> {
                bytes = quotedPrintable(e.bodyStart(), e.bodyEnd());
                identity = false;
            }
            case "base64" -> {
                bytes = base64(e.bodyStart(), e.bodyEnd());
                identity = false;
            }
            default -> throw error(e.bodyStart(), "unknown Content-Transfer-Encoding '" + cte + "'");
        }
        Charset cs;
        boolean declared = charsetName != null && !charsetName.isBlank();
        if (!declared || charsetName.equalsIgnoreCase("us-ascii") || charsetName.equalsIgnoreCase("ascii")) {
            cs = StandardCharsets.UTF_8; // ASCII is UTF-8; undeclared 8-bit text must be UTF-8 too
        } else {
            try {
                cs = Charset.forName(charsetName.strip());
            } catch (RuntimeException x) {
                throw error(e.bodyStart(), "unknown charset '" + charsetName + "' in Content-Type");
            }
        }
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = d.decode(in).toString();
        } catch (CharacterCodingException x) {
            int at = in.position();
            String what = !declared ? "the body is not valid UTF-8 and the message declares no charset"
                    : "the body is not valid " + cs.name();
            String b = String.format(Locale.ROOT, " (byte 0x%02X)", bytes[Math.min(at, bytes.length - 1)] & 0xff);
            if (identity) {
                throw error(e.bodyStart() + at, what + b);
            }
            if (enc.equals("quoted-printable") && at < qpSource.length) {
                throw error(qpSource[at], what.replace("the body", "the quoted-printable body") + b);
            }
            throw error(e.bodyStart(), what + " after " + enc + " decoding, at decoded byte " + at + b);
        }
        text = text.replace("\r\n", "\n");
        return new Body(text, identity && located ? lineOf(e.bodyStart()) : 0);
    }

    /** For each byte the last {@link #quotedPrintable} call returned: its offset in the file. */
    private int[] qpSource = new int[0];

    private byte[] quotedPrintable(int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        int[] src = new int[to - from + 1];
        for (int i = from; i < to; i = next(i)) {
            int e = Math.min(lineEnd(i), to);
            int le = e;
            if (le > i && data[le - 1] == '\r') {
                le--;
            }
            while (le > i && (data[le - 1] == ' ' || data[le - 1] == '\t')) {
                le--; // transport padding
            }
            boolean soft = false;
            for (int k = i; k < le; k++) {
                byte c = data[k];
                if (c == '=') {
                    if (k == le - 1) {
                        soft = true;
                        break;
                    }
                    int h = k + 2 < le ? Character.digit(data[k + 1], 16) : -1;
                    int l = k + 2 < le ? Character.digit(data[k + 2], 16) : -1;
                    if (h >= 0 && l >= 0) {
                        src[out.size()] = k;
                        out.write(h * 16 + l);
                        k += 2;
                        continue;
                    }
                }
                src[out.size()] = k;
                out.write(c);
            }
            if (!soft && e < to) {
                src[out.size()] = e;
                out.write('\n');
            }
        }
        qpSource = Arrays.copyOf(src, out.size());
        return out.toByteArray();
    }

    private byte[] base64(int from, int to) throws MailException {
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            byte c = data[i];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                continue;
            }
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
                    || c == '=')) {
                throw error(i, "not base64 (the part declares Content-Transfer-Encoding: base64)");
            }
            b.append((char) c);
        }
        try {
            return java.util.Base64.getDecoder().decode(b.toString());
        } catch (IllegalArgumentException x) {
            throw error(from, "bad base64 body: " + x.getMessage());
        }
    }
}
