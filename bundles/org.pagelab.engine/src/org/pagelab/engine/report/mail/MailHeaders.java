package org.pagelab.engine.report.mail;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Header field values: RFC 2047 encoded words, parameters, folding. */
public final class MailHeaders {
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]+)\\?([QqBb])\\?([^?\\s]*)\\?=");

    private MailHeaders() {
    }

    /**
     * Decodes RFC 2047 encoded words ({@code =?UTF-8?q?J=C3=A9r=C3=B4me?=});
     * white space between two adjacent encoded words is dropped. A word in an
     * unknown charset or with bad encoding is left as written.
     */
    public static String decodeWords(String raw) {
        if (raw == null || raw.indexOf("=?") < 0) {
            return raw;
        }
        Matcher m = ENCODED_WORD.matcher(raw);
        StringBuilder out = new StringBuilder();
        int last = 0;
        boolean lastWasWord = false;
        while (m.find()) {
            String between = raw.substring(last, m.start());
            String decoded = decodeWord(m.group(1), m.group(2), m.group(3));
            if (!(lastWasWord && between.isBlank() && decoded != null)) {
                out.append(between);
            }
            out.append(decoded == null ? m.group() : decoded);
            lastWasWord = decoded != null;
            last = m.end();
        }
        out.append(raw.substring(last));
        return out.toString();
    }

    private static String decodeWord(String charsetSpec, String enc, String text) {
        String cs = charsetSpec;
        int star = cs.indexOf('*'); // RFC 2231 language suffix
        if (star >= 0) {
            cs = cs.substring(0, star);
        }
        Charset charset;
        try {
            charset = Charset.forName(cs);
        } catch (RuntimeException e) {
            return null;
        }
        byte[] bytes;
        try {
            if (enc.equalsIgnoreCase("B")) {
                bytes = Base64.getMimeDecoder().decode(text);
            } else {
                bytes = qDecode(text);
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return new String(bytes, charset);
    }

    private static byte[] qDecode(String text) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                b.write(' ');
            } else if (c == '=' && i + 2 < text.length()) {
                int h = Character.digit(text.charAt(i + 1), 16);
                int l = Character.digit(text.charAt(i + 2), 16);
                if (h < 0 || l < 0) {
                    throw new IllegalArgumentException("bad =XX");
                }
                b.write(h * 16 + l);
                i += 2;
            } else if (c == '=') {
                throw new IllegalArgumentException("truncated =XX");
            } else {
                b.write(c);
            }
        }
        return b.toByteArray();
    }

    /**
     * A display name as a header phrase: as is when it is plain ASCII
     * without specials, quoted when it has specials, an encoded word when
     * it is not ASCII.
     */
    public static String encodePhrase(String name) {
        boolean ascii = name.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        if (!ascii) {
            return encodeWord(name);
        }
        return MailAddresses.needsQuotes(name) ? MailAddresses.quote(name) : name;
    }

    /** Text as one or more RFC 2047 Q-encoded UTF-8 words (each at most 75 characters). */
    public static String encodeWord(String text) {
        StringBuilder out = new StringBuilder();
        StringBuilder word = new StringBuilder();
        final String head = "=?UTF-8?q?";
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            String enc = qEncode(new String(Character.toChars(cp)));
            if (head.length() + word.length() + enc.length() + 2 > 75) {
                out.append(out.length() > 0 ? " " : "").append(head).append(word).append("?=");
                word.setLength(0);
            }
            word.append(enc);
            i += Character.charCount(cp);
        }
        out.append(out.length() > 0 ? " " : "").append(head).append(word).append("?=");
        return out.toString();
    }

    private static String qEncode(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c == ' ') {
                b.append('_');
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!*+-/".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('=').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return b.toString();
    }

    /** The value of a structured field without its parameters: "text/plain" of "text/plain; charset=utf-8". */
    public static String mainValue(String field) {
        if (field == null) {
            return "";
        }
        int semi = field.indexOf(';');
        return (semi < 0 ? field : field.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** The parameters of a structured field, names lower-cased, quotes removed. */
    public static Map<String, String> parameters(String field) {
        Map<String, String> out = new LinkedHashMap<>();
        if (field == null) {
            return out;
        }
        int i = field.indexOf(';');
        while (i >= 0 && i < field.length()) {
            int eq = field.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String name = field.substring(i + 1, eq).strip().toLowerCase(Locale.ROOT);
            int j = eq + 1;
            while (j < field.length() && Character.isWhitespace(field.charAt(j))) {
                j++;
            }
            StringBuilder v = new StringBuilder();
            if (j < field.length() && field.charAt(j) == '"') {
                j++;
                while (j < field.length() && field.charAt(j) != '"') {
                    if (field.charAt(j) == '\\' && j + 1 < field.length()) {
                        j++;
                    }
                    v.append(field.charAt(j++));
                }
                j++;
                int semi = field.indexOf(';', Math.min(j, field.length()));
                i = semi;
            } else {
                int semi = field.indexOf(';', j);
                v.append((semi < 0 ? field.substring(j) : field.substring(j, semi)).strip());
                i = semi;
            }
            if (!name.isEmpty()) {
                out.putIfAbsent(name, v.toString());
            }
        }
        return out;
    }

    /**
     * An address (or id) list field, folded between items where it can,
     * inside an item (at its spaces) only when the item alone is too long.
     */
    public static String foldList(String name, List<String> items, String separator) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(name).append(':');
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i) + (i + 1 < items.size() ? separator : "");
            if (line.length() + 1 + item.length() > 78 && line.toString().strip().length() > name.length() + 1) {
                out.append(foldAtSpaces(line.toString())).append('\n');
                line.setLength(0);
            }
            line.append(' ').append(item);
        }
        out.append(foldAtSpaces(line.toString()));
        return out.toString();
    }

    /**
     * A header field folded so that no line exceeds 78 characters where it
     * can be avoided (folding only at spaces; '\n' line ends, no final
     * newline).
     */
    public static String fold(String name, String value) {
        return foldAtSpaces(name + ": " + value.strip());
    }

    /** One header line (or a continuation line starting with a space) broken at spaces into lines of at most 78. */
    private static String foldAtSpaces(String line) {
        if (line.length() <= 78) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        String rest = line;
        while (rest.length() > 78) {
            int cut = rest.lastIndexOf(' ', 78);
            if (cut <= 1) {
                cut = rest.indexOf(' ', 79);
                if (cut < 0) {
                    break;
                }
            }
            out.append(rest, 0, cut).append('\n');
            rest = " " + rest.substring(cut).strip();
        }
        out.append(rest);
        return out.toString();
    }
}
