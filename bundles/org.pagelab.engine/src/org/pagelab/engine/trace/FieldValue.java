package org.pagelab.engine.trace;

import java.util.List;
import java.util.OptionalLong;

/**
 * A typed event field value. Text traces give {@code name=value} strings
 * that {@link #parse} types; trace.dat gives binary fields typed by the
 * event's format description (size, signedness, pointer, string, array) and
 * its print format ({@code __print_flags}, {@code __print_symbolic}).
 */
public final class FieldValue {
    /** Value kinds. */
    public enum Kind {
        /** A signed decimal number. */
        INT,
        /** A number shown in hex (addresses, pointers, pfns, raw flags). */
        HEX,
        /** Text. */
        STRING,
        /** A set of flag names ({@code GFP_KERNEL|__GFP_ZERO}), with the raw value when known. */
        FLAGS,
        /** A symbolic name ({@code MM_ANONPAGES}), with its number when known. */
        SYMBOL,
        /** Several numbers (array fields). */
        ARRAY
    }

    private final Kind kind;
    private final long num;
    private final boolean hasNum;
    private final String text;
    private final List<String> names;
    private final long[] array;

    private FieldValue(Kind kind, long num, boolean hasNum, String text, List<String> names, long[] array) {
        this.kind = kind;
        this.num = num;
        this.hasNum = hasNum;
        this.text = text;
        this.names = names;
        this.array = array;
    }

    public static FieldValue ofInt(long v) {
        return new FieldValue(Kind.INT, v, true, null, List.of(), null);
    }

    public static FieldValue ofHex(long v) {
        return new FieldValue(Kind.HEX, v, true, null, List.of(), null);
    }

    public static FieldValue ofString(String s) {
        return new FieldValue(Kind.STRING, 0, false, s, List.of(), null);
    }

    /** Flag names; raw is the numeric value when known (hasRaw). */
    public static FieldValue ofFlags(List<String> names, long raw, boolean hasRaw, String display) {
        return new FieldValue(Kind.FLAGS, raw, hasRaw, display, List.copyOf(names), null);
    }

    public static FieldValue ofSymbol(String name, long num, boolean hasNum) {
        return new FieldValue(Kind.SYMBOL, num, hasNum, name, List.of(name), null);
    }

    public static FieldValue ofArray(long[] values) {
        return new FieldValue(Kind.ARRAY, 0, false, null, List.of(), values.clone());
    }

    /** A number as printed in text, keeping the printed form (e.g. "16384B", "0x7"). */
    private static FieldValue ofPrinted(Kind kind, long v, String printed) {
        return new FieldValue(kind, v, true, printed, List.of(), null);
    }

    public Kind kind() {
        return kind;
    }

    /** True if the value has a number (INT, HEX, and FLAGS/SYMBOL when the raw value is known). */
    public boolean isNumeric() {
        return hasNum;
    }

    /** The number, if any. */
    public OptionalLong asLong() {
        return hasNum ? OptionalLong.of(num) : OptionalLong.empty();
    }

    /** The number, or dflt. */
    public long longValue(long dflt) {
        return hasNum ? num : dflt;
    }

    /** Flag or symbol names (empty for other kinds). */
    public List<String> names() {
        return names;
    }

    /** Array elements (empty unless ARRAY). */
    public long[] array() {
        return array == null ? new long[0] : array.clone();
    }

    @Override
    public String toString() {
        switch (kind) {
            case INT:
                return text != null ? text : Long.toString(num);
            case HEX:
                return text != null ? text : "0x" + Long.toHexString(num);
            case ARRAY: {
                StringBuilder b = new StringBuilder("[");
                for (int i = 0; i < array.length; i++) {
                    b.append(i == 0 ? "" : ",").append("0x").append(Long.toHexString(array[i]));
                }
                return b.append(']').toString();
            }
            case FLAGS:
                return text != null ? text : String.join("|", names);
            default:
                return text;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldValue f && f.kind == kind && f.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    /**
     * Types a value printed in a text trace: {@code 0x1f} (HEX), {@code -12}
     * (INT), {@code 16384B} (INT, a size in bytes), {@code 000000004df1cfcc}
     * (HEX: a hashed %p pointer), {@code A|B|C} (FLAGS), {@code MM_ANONPAGES}
     * (SYMBOL), {@code "quoted"} (STRING, unescaped), anything else STRING.
     */
    public static FieldValue parse(String s) {
        int n = s.length();
        if (n == 0) {
            return ofString(s);
        }
        if (n >= 2 && s.charAt(0) == '"' && s.charAt(n - 1) == '"') {
            return ofString(unquote(s));
        }
        boolean neg = s.charAt(0) == '-';
        int from = neg ? 1 : 0;
        if (n > from + 2 && s.charAt(from) == '0' && (s.charAt(from + 1) == 'x' || s.charAt(from + 1) == 'X')) {
            long v = parseHex(s, from + 2, n);
            if (v != Long.MIN_VALUE || isAllHex(s, from + 2, n)) {
                return ofPrinted(Kind.HEX, neg ? -v : v, s);
            }
        }
        int end = n;
        if (end > from + 1 && s.charAt(end - 1) == 'B') {
            end--; // rss_stat "size=16384B"
        }
        if (end > from && isAllDigits(s, from, end) && end - from <= 19) {
            try {
                long v = Long.parseLong(s, from, end, 10);
                if ((n - from == 8 || n - from == 16) && s.charAt(from) == '0' && !neg && end == n) {
                    return ofPrinted(Kind.HEX, parseHex(s, 0, n), s); // zero-padded %p hash
                }
                return ofPrinted(Kind.INT, neg ? -v : v, s);
            } catch (NumberFormatException e) {
                // fall through: too large for a long
            }
        }
        if (!neg && (n == 8 || n == 16) && isAllHex(s, 0, n)) {
            return ofPrinted(Kind.HEX, parseHex(s, 0, n), s);
        }
        if (s.indexOf('|') > 0 && isFlagList(s)) {
            return ofFlags(List.of(s.split("\\|")), 0, false, s);
        }
        if (isIdentifier(s)) {
            return ofSymbol(s, 0, false);
        }
        return ofString(s);
    }

    private static boolean isFlagList(String s) {
        for (String p : s.split("\\|", -1)) {
            if (p.isEmpty() || !isIdentifier(p)) {
                return false;
            }
        }
        return true;
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return to > from;
    }

    private static boolean isAllHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return to > from;
    }

    /** Hex digits [from,to) as an unsigned 64-bit value; Long.MIN_VALUE if not hex or longer than 16 digits. */
    static long parseHex(String s, int from, int to) {
        if (to <= from || to - from > 16) {
            return Long.MIN_VALUE;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0) {
                return Long.MIN_VALUE;
            }
            v = (v << 4) | d;
        }
        return v;
    }

    private static String unquote(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() - 1) {
                char d = s.charAt(++i);
                b.append(switch (d) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> d;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
