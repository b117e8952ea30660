package org.pagelab.cli;

import java.util.Collection;
import java.util.Map;

/** Minimal JSON text writer for command output (strings, numbers, booleans, maps, collections). */
public final class Json {
    private Json() {
    }

    /** JSON text of value: Map (keys as strings, in iteration order), Collection, String, Number, Boolean, null. */
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
        } else if (v instanceof Double d) {
            b.append(d.isNaN() || d.isInfinite() ? "null" : d == Math.rint(d) && Math.abs(d) < 1e15
                    ? Long.toString(d.longValue()) : Double.toString(d));
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
            b.append('\n');
            b.append("  ".repeat(depth));
        }
    }

    private static void string(StringBuilder b, String s) {
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
                    if (c < 0x20) {
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
