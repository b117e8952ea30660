package org.pagelab.engine.trace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.pagelab.engine.trace.text.LineParser;
import org.pagelab.engine.trace.text.TextLines;

/**
 * Tells the format of a trace file from its first 64 KB: the trace.dat
 * magic and version; the counterexample and trace-cmd report first lines;
 * then, line by line, tracefs/latency shapes against mail signs (quoting,
 * [snip], stack lines with no event, prose).
 */
public final class FormatDetector {
    static final int SAMPLE = 64 * 1024;
    private static final byte[] MAGIC = {0x17, 0x08, 0x44, 't', 'r', 'a', 'c', 'i', 'n', 'g'};

    private FormatDetector() {
    }

    /** The format of file; TraceLoadException (with a location) if it is no trace Pagelab reads. */
    public static TraceFormat detect(Path file) throws IOException {
        byte[] b;
        try (InputStream in = Files.newInputStream(file)) {
            b = in.readNBytes(SAMPLE);
        }
        return detect(b, b.length, file.toString());
    }

    /** The format of a sample (the first bytes of a file); name is for messages. */
    public static TraceFormat detect(byte[] b, int n, String name) throws TraceLoadException {
        if (n >= 3 && b[0] == MAGIC[0] && b[1] == MAGIC[1] && b[2] == MAGIC[2]) {
            if (n < MAGIC.length + 2) {
                throw new TraceLoadException(name + ": byte " + n + ": truncated trace.dat header", n);
            }
            for (int i = 3; i < MAGIC.length; i++) {
                if (b[i] != MAGIC[i]) {
                    throw new TraceLoadException(name + ": byte " + i + ": bad trace.dat magic", i);
                }
            }
            int v = MAGIC.length;
            StringBuilder ver = new StringBuilder();
            while (v < n && b[v] != 0 && ver.length() < 8) {
                ver.append((char) (b[v++] & 0xFF));
            }
            switch (ver.toString()) {
                case "6":
                    return TraceFormat.TRACE_DAT_V6;
                case "7":
                    return TraceFormat.TRACE_DAT_V7;
                default:
                    throw new TraceLoadException(name + ": byte " + MAGIC.length + ": unsupported trace.dat version '"
                            + printable(ver.toString()) + "' (Pagelab reads versions 6 and 7)", MAGIC.length);
            }
        }
        int binary = 0;
        for (int i = 0; i < Math.min(n, 4096); i++) {
            int c = b[i] & 0xFF;
            if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                binary++;
            }
        }
        if (binary > 8) {
            throw new TraceLoadException(name + ": byte 0: binary data that is not a trace.dat file", 0);
        }
        LineParser p = new LineParser();
        int events = 0;
        int latency = 0;
        int quoted = 0;
        int snips = 0;
        int prose = 0;
        int stackFirst = 0;
        int lines = 0;
        boolean tracefsHeader = false;
        boolean latencyHeader = false;
        boolean sawEvent = false;
        String first = null;
        int s = 0;
        // drop a partial last line of the sample
        int end = n;
        if (n == SAMPLE) {
            while (end > 0 && b[end - 1] != '\n') {
                end--;
            }
        }
        while (s < end && lines < 2000) {
            int e = s;
            while (e < end && b[e] != '\n') {
                e++;
            }
            lines++;
            String text = new String(b, s, e - s, StandardCharsets.ISO_8859_1).trim();
            if (first == null && !text.isEmpty()) {
                first = text;
                if (text.startsWith("# pagelab-counterexample")) {
                    return TraceFormat.COUNTEREXAMPLE;
                }
                if (text.matches("cpus=\\d+") || text.matches("version = \\d+")) {
                    return TraceFormat.TRACE_CMD_REPORT;
                }
                tracefsHeader = text.startsWith("# tracer:");
            }
            if (text.contains("latency trace v")) {
                latencyHeader = true;
            }
            int c = s;
            boolean q = false;
            int stripped = TextLines.stripQuotes(b, s, e);
            if (stripped != s) {
                q = true;
                c = stripped;
            }
            int kind = p.parse(b, c, e);
            if (q && kind != LineParser.BLANK) {
                quoted++;
            }
            switch (kind) {
                case LineParser.EVENT:
                    events++;
                    sawEvent = true;
                    if (p.latencyShape) {
                        latency++;
                    }
                    break;
                case LineParser.STACK:
                    if (!sawEvent) {
                        stackFirst++;
                    }
                    break;
                case LineParser.NOT_TRACE:
                    if (TextLines.isSnip(text)) {
                        snips++;
                    } else {
                        prose++;
                    }
                    break;
                default:
                    break;
            }
            s = e + 1;
        }
        if (events == 0) {
            throw new TraceLoadException(name + ":1: not a trace: no trace event line in the first " + lines
                    + " lines" + (first == null ? " (the file is empty)" : ""), 0);
        }
        if (tracefsHeader) {
            return latencyHeader || latency * 2 > events ? TraceFormat.LATENCY : TraceFormat.FTRACE;
        }
        if (quoted > 0 || snips > 0 || stackFirst > 0 || prose > 0) {
            return TraceFormat.MAIL;
        }
        return latencyHeader || latency * 2 > events ? TraceFormat.LATENCY : TraceFormat.FTRACE;
    }

    private static String printable(String s) {
        return s.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
