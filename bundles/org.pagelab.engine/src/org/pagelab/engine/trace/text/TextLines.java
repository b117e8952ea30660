package org.pagelab.engine.trace.text;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Line-level helpers shared by the format detector, the text loader and the payload re-reader. */
public final class TextLines {
    private TextLines() {
    }

    /**
     * Start of the line content after mail quoting ("> ", "> > ", ">>"), or s
     * when the line is not quoted.
     */
    public static int stripQuotes(byte[] b, int s, int e) {
        int p = s;
        int q = s;
        while (true) {
            while (q < e && q - p < 4 && (b[q] == ' ' || b[q] == '\t')) {
                q++;
            }
            if (q < e && b[q] == '>' && !(q + 1 < e && b[q + 1] == '=')) {
                q++;
                if (q < e && b[q] == ' ') {
                    q++;
                }
                p = q;
            } else {
                return p;
            }
        }
    }

    /** True if b[s,e) is a line a mail writer puts where lines were cut: [snip], ..., <snip>, [...]. */
    static boolean isSnip(byte[] b, int s, int e) {
        int p = LineParser.skipSpaces(b, s, e);
        int q = LineParser.trimEnd(b, p, e);
        return q - p >= 3 && q - p <= 40 && isSnip(new String(b, p, q - p, StandardCharsets.ISO_8859_1));
    }

    /** True if the trimmed line t is a cut marker. */
    public static boolean isSnip(String t) {
        String core = t.trim().toLowerCase(Locale.ROOT).replaceAll("[\\[\\]<>()\\-=_ ]", "");
        return core.matches("\\.{3,}|snip|snipped|cut|\u2026");
    }

    /** The text of a stack line after "=>", trimmed. */
    static String stackFrame(byte[] b, int s, int e) {
        int p = LineParser.skipSpaces(b, s, e);
        if (p + 1 < e && b[p] == '=' && b[p + 1] == '>') {
            p = LineParser.skipSpaces(b, p + 2, e);
        }
        return new String(b, p, LineParser.trimEnd(b, p, e) - p, StandardCharsets.UTF_8);
    }
}
