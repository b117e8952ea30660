package org.pagelab.engine.trace.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.pagelab.engine.trace.EventSource;
import org.pagelab.engine.trace.FieldValue;
import org.pagelab.engine.trace.Trace;
import org.pagelab.engine.trace.TraceEvent;
import org.pagelab.engine.trace.TraceFormat;

/**
 * Re-reads text events: the event's line at its byte offset, plus the stack
 * lines that follow it, with positional reads (thread-safe, no shared
 * file position).
 */
final class TextEventSource implements EventSource {
    private static final int READ = 4096;
    private static final int MAX_READ = TextTraceReader.MAX_LINE + 64 * 1024;

    private final FileChannel ch;
    private final boolean mail;
    private final long[] segmentStarts;
    private final long[] firstLines;
    private final long[][] checkpoints;

    /**
     * @param segmentStarts file offset where each parsed segment starts
     * @param firstLines    line number of each segment's first line
     * @param checkpoints   per segment, the offset of every CHECKPOINT_LINES-th line (from its first)
     */
    TextEventSource(FileChannel ch, TraceFormat format, long[] segmentStarts, long[] firstLines,
            long[][] checkpoints) {
        this.ch = ch;
        this.mail = format == TraceFormat.MAIL;
        this.segmentStarts = segmentStarts;
        this.firstLines = firstLines;
        this.checkpoints = checkpoints;
    }

    @Override
    public TraceEvent read(Trace trace, int index) throws IOException {
        long off = trace.locator(index);
        byte[] b = readFrom(off);
        int e = lineEnd(b, 0);
        int c = mail ? TextLines.stripQuotes(b, 0, e) : 0;
        LineParser p = new LineParser();
        String name = trace.typeName(trace.type(index));
        if (p.parse(b, c, e) != LineParser.EVENT) {
            return new TraceEvent(index, trace.ts(index), trace.cpu(index), trace.pid(index), trace.comm(index), name,
                    "", Map.of(), "<the file changed since it was loaded>", List.of(), "line " + lineOf(off));
        }
        String payload = new String(b, p.payloadStart, p.payloadEnd - p.payloadStart, StandardCharsets.UTF_8);
        Map<String, FieldValue> fields = PayloadFields.parse(name, p.nameForm, payload);
        if (p.nameForm == LineParser.NAME_SYS_ENTER) {
            payload = new String(b, p.nameStart, p.payloadEnd - p.nameStart, StandardCharsets.UTF_8)
                    + (p.payloadEnd < e && b[p.payloadEnd] == ')' ? ")" : "");
        } else if (p.nameForm == LineParser.NAME_SYS_EXIT) {
            payload = new String(b, p.nameStart, p.payloadEnd - p.nameStart, StandardCharsets.UTF_8);
        }
        String latency = p.hasFlagsColumn ? new String(b, p.flagsStart, p.flagsEnd - p.flagsStart,
                StandardCharsets.US_ASCII) : "";
        List<String> stack = new ArrayList<>();
        int s = e + 1;
        while (s < b.length) {
            int le = lineEnd(b, s);
            int q = mail ? TextLines.stripQuotes(b, s, le) : s;
            if (p.parse(b, q, le) != LineParser.STACK) {
                break;
            }
            stack.add(TextLines.stackFrame(b, q, le));
            s = le + 1;
        }
        return new TraceEvent(index, trace.ts(index), trace.cpu(index), trace.pid(index), trace.comm(index), name,
                latency, fields, payload, stack, "line " + lineOf(off));
    }

    private static int lineEnd(byte[] b, int s) {
        for (int i = s; i < b.length; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return b.length;
    }

    /** The bytes from off through the line there and any stack lines after it. */
    private byte[] readFrom(long off) throws IOException {
        byte[] b = new byte[READ];
        int n = 0;
        while (true) {
            ByteBuffer bb = ByteBuffer.wrap(b, n, b.length - n);
            int r = ch.read(bb, off + n);
            if (r <= 0) {
                return Arrays.copyOf(b, n);
            }
            n += r;
            if (n < b.length || !needsMore(b, n) || b.length >= MAX_READ) {
                return Arrays.copyOf(b, n);
            }
            b = Arrays.copyOf(b, Math.min(MAX_READ, b.length * 4));
        }
    }

    /** True while the buffer ends inside the event line or inside its stack lines. */
    private boolean needsMore(byte[] b, int n) {
        int e = lineEnd(b, 0);
        if (e >= n) {
            return true;
        }
        int s = e + 1;
        LineParser p = new LineParser();
        while (s < n) {
            int le = -1;
            for (int i = s; i < n; i++) {
                if (b[i] == '\n') {
                    le = i;
                    break;
                }
            }
            if (le < 0) {
                return true; // a partial line: may be a stack line
            }
            int q = mail ? TextLines.stripQuotes(b, s, le) : s;
            if (p.parse(b, q, le) != LineParser.STACK) {
                return false;
            }
            s = le + 1;
        }
        return true;
    }

    @Override
    public long lineOf(long offset) {
        int seg = Arrays.binarySearch(segmentStarts, offset);
        if (seg < 0) {
            seg = -seg - 2;
        }
        if (seg < 0) {
            return -1;
        }
        long[] cps = checkpoints[seg];
        int k = Arrays.binarySearch(cps, offset);
        if (k < 0) {
            k = -k - 2;
        }
        if (k < 0) {
            return -1;
        }
        long line = firstLines[seg] + (long) k * TextTraceReader.CHECKPOINT_LINES;
        long pos = cps[k];
        byte[] b = new byte[(int) Math.min(16 * 1024, Math.max(1, offset - pos))];
        try {
            while (pos < offset) {
                int want = (int) Math.min(b.length, offset - pos);
                int r = ch.read(ByteBuffer.wrap(b, 0, want), pos);
                if (r <= 0) {
                    return -1;
                }
                for (int i = 0; i < r; i++) {
                    if (b[i] == '\n') {
                        line++;
                    }
                }
                pos += r;
            }
        } catch (IOException e) {
            return -1;
        }
        return line;
    }

    @Override
    public long residentBytes() {
        long b = 64 + 16L * segmentStarts.length;
        for (long[] c : checkpoints) {
            b += 16 + 8L * c.length;
        }
        return b;
    }

    @Override
    public void close() throws IOException {
        ch.close();
    }
}
