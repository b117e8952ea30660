package org.pagelab.engine.trace.text;

import java.util.LinkedHashMap;
import java.util.Map;

import org.pagelab.engine.trace.FieldValue;
import org.pagelab.engine.trace.PageFlags;

/**
 * Splits the payload of a text event into typed fields: {@code name=value}
 * pairs (values may contain spaces, e.g. {@code comm=Web Content}, or be
 * quoted), the raw syscall form {@code addr: 0, len: 0x2000}, and the
 * colon form {@code pages:-1 reason:remote IPI send (4)}.
 */
public final class PayloadFields {
    private PayloadFields() {
    }

    /**
     * @param name     the tracepoint name (normalized)
     * @param nameForm a {@link LineParser} NAME_* constant
     * @param payload  the text after "name: "
     */
    public static Map<String, FieldValue> parse(String name, int nameForm, String payload) {
        Map<String, FieldValue> out = new LinkedHashMap<>();
        switch (nameForm) {
            case LineParser.NAME_SYS_EXIT:
                out.put("ret", FieldValue.parse(payload.trim()));
                return out;
            case LineParser.NAME_FUNCTION: {
                int a = payload.indexOf(" <-");
                out.put("ip", FieldValue.ofString(payload.substring(0, Math.max(0, a)).trim()));
                out.put("parent_ip", FieldValue.ofString(a < 0 ? "" : payload.substring(a + 3).trim()));
                return out;
            }
            case LineParser.NAME_KERNEL_STACK:
            case LineParser.NAME_USER_STACK:
                return out;
            default:
                break;
        }
        if (!keyValues(payload, '=', out)) {
            if (!commaColonPairs(payload, out)) {
                keyValues(payload, ':', out);
            }
        }
        if (name.equals("mm_lru_insertion")) {
            FieldValue f = out.get("flags");
            if (f != null && f.kind() != FieldValue.Kind.FLAGS) {
                int at = payload.indexOf("flags=");
                String raw = at < 0 ? f.toString() : payload.substring(at + 6);
                out.put("flags", PageFlags.pagemapFromLetters(raw));
            }
        }
        return out;
    }

    /** "k1=v1 k2=v two k3=\"q\"": true if at least one pair was found. */
    private static boolean keyValues(String s, char sep, Map<String, FieldValue> out) {
        int n = s.length();
        int keyStart = nextKey(s, 0, sep);
        if (keyStart < 0) {
            return false;
        }
        while (keyStart >= 0) {
            int eq = s.indexOf(sep, keyStart);
            String key = s.substring(keyStart, eq);
            int v = eq + 1;
            int next;
            int valueEnd;
            if (v < n && s.charAt(v) == '"') {
                int q = v + 1;
                while (q < n && s.charAt(q) != '"') {
                    q += s.charAt(q) == '\\' ? 2 : 1;
                }
                valueEnd = Math.min(n, q + 1);
                next = nextKey(s, valueEnd, sep);
            } else {
                next = nextKey(s, v, sep);
                valueEnd = next < 0 ? n : next;
            }
            String value = s.substring(Math.min(v, valueEnd), valueEnd).trim();
            if (value.endsWith(",")) {
                value = value.substring(0, value.length() - 1).trim();
            }
            out.putIfAbsent(key, FieldValue.parse(value));
            keyStart = next;
        }
        return true;
    }

    /** Start of the next "ident<sep>" at a word start at or after from, or -1. */
    private static int nextKey(String s, int from, char sep) {
        int n = s.length();
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            if ((i == from || i == 0 || isBoundary(s.charAt(i - 1))) && (Character.isLetter(c) || c == '_')) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                    j++;
                }
                if (j < n && s.charAt(j) == sep && (sep != ':' || j + 1 >= n || s.charAt(j + 1) != ':')) {
                    return i;
                }
                i = j - 1;
            }
        }
        return -1;
    }

    private static boolean isBoundary(char c) {
        return c == ' ' || c == '\t' || c == ',' || c == '(' || c == '{';
    }

    /** Raw syscall arguments "addr: 0, len: 0x2000, prot: 3". */
    private static boolean commaColonPairs(String s, Map<String, FieldValue> out) {
        if (!s.matches("\\s*[A-Za-z_]\\w*: .*")) {
            return false;
        }
        for (String part : s.split(", (?=[A-Za-z_]\\w*: )")) {
            int c = part.indexOf(": ");
            if (c <= 0) {
                return !out.isEmpty();
            }
            out.putIfAbsent(part.substring(0, c).trim(), FieldValue.parse(part.substring(c + 2).trim()));
        }
        return true;
    }
}
