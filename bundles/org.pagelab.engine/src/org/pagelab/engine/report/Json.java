package org.pagelab.engine.report;

import java.util.Collection;
import java.util.Map;

/**
 * JSON text of plain Java values, for every machine-readable output of
 * the engine and the CLI: Map (string keys, in iteration order),
 * Collection, String, Number, Boolean, null. Other objects are written as
 * their toString() string.
 */
public final class Json {
    private Json() {
    }

    /** Compact JSON text. */
    public static String write(Object value) {
        return write(value, false);
    }

    /** JSON text, indented by two spaces per level when {@code pretty}. */
    public static String write(Object value, boolean pretty) {
        StringBuilder b = new StringBuilder();
        write(b, value, pretty, 0);
        return b.toString();
    }

    private static void write(StringBuilder b, Object v, boolean pretty, int depth) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof String s) {
            string(b, s);
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            b.append(Double.isNaN(d) || Double.isInfinite(d) ? "null"
                    : d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d));
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else if (v instanceof Map<?, ?> m) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                b.append(first ? "" : ",");
                first = false;
                newline(b, pretty, depth + 1);
                string(b, String.valueOf(e.getKey()));
                b.append(pretty ? ": " : ":");
                write(b, e.getValue(), pretty, depth + 1);
            }
            if (!first) {
                newline(b, pretty, depth);
            }
            b.append('}');
        } else if (v instanceof Collection<?> c) {
            b.append('[');
            boolean first = true;
            for (Object o : c) {
                b.append(first ? "" : ",");
                first = false;
                newline(b, pretty, depth + 1);
                write(b, o, pretty, depth + 1);
            }
            if (!first) {
                newline(b, pretty, depth);
            }
            b.append(']');
        } else {
            string(b, v.toString());
        }
    }

    private static void newline(StringBuilder b, boolean pretty, int depth) {
        if (pretty) {
            b.append('\n').append("  ".repeat(depth));
        }
    }

    /** Appends {@code s} as a JSON string literal. */
    public static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
            case '"' -> b.append("\\\"");
            case '\\' -> b.append("\\\\");
            case '\n' -> b.append("\\n");
            case '\r' -> b.append("\\r");
            case '\t' -> b.append("\\t");
            default -> {
                if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                    b.append(String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
            }
        }
        b.append('"');
    }
}
