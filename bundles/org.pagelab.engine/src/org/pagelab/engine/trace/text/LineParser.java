package org.pagelab.engine.trace.text;

/**
 * Parses one trace line held in a byte array, without allocating, into
 * positions and numbers. Understands every text shape Pagelab reads:
 *
 * <pre>
 *   tracefs trace/trace_pipe: "  bash-32172   [000] d..2.  1184.558883: tlb_flush: pages:-1 ..."
 *   without irq-flags:        "  bash-32172   [000]  1184.558883: tlb_flush: ..."
 *   with record-tgid:         "  bash-32172   (  32172) [000] ....."
 *   trace-cmd report:         "  bash-32172 [000]  1184.558883: tlb_flush:            pages=-1 ..."
 *   latency format:           "  bash-4328      3d..1. 276242022us : sys_enter_openat: ..."
 *                             "3..... 276242022us : event: ..." (no task)
 *   raw syscalls:             "... sys_mmap(addr: 0, len: 0x2000, ...)"  (sys_enter_mmap)
 *                             "... sys_pread64 -> 0x1000"                 (sys_exit_pread64)
 *   function tracer:          "... do_page_fault <-exc_page_fault"        (function)
 *   stacks:                   "... <stack trace>" (kernel_stack), " => fn (addr)" lines
 * </pre>
 *
 * The caller strips mail quoting before. Results are left in public fields.
 */
public final class LineParser {
    /** Line kinds. */
    public static final int EVENT = 0;
    public static final int BLANK = 1;
    public static final int COMMENT = 2;
    public static final int STACK = 3;
    public static final int LOST = 4;
    public static final int NOT_TRACE = 5;
    public static final int BROKEN = 6;

    /** Name forms of EVENT lines. */
    public static final int NAME_PLAIN = 0;
    public static final int NAME_SYS_ENTER = 1;
    public static final int NAME_SYS_EXIT = 2;
    public static final int NAME_FUNCTION = 3;
    public static final int NAME_KERNEL_STACK = 4;
    public static final int NAME_USER_STACK = 5;

    public int kind;
    public String error;
    public int commStart;
    public int commEnd;
    public int pid;
    public int cpu;
    public long ts;
    public int flagsStart;
    public int flagsEnd;
    public int nameStart;
    public int nameEnd;
    public int nameForm;
    public int nameHash;
    public int payloadStart;
    public int payloadEnd;
    public boolean latencyShape;
    public boolean hasFlagsColumn;
    public long lostEvents;

    /**
     * Parses b[s, e) (no line terminator). Sets {@link #kind}; for BROKEN,
     * {@link #error} says what is wrong; NOT_TRACE means the line does not
     * look like a trace line at all (prose in a mail).
     */
    public int parse(byte[] b, int s, int e) {
        error = null;
        latencyShape = false;
        hasFlagsColumn = false;
        flagsStart = flagsEnd = 0;
        int p = skipSpaces(b, s, e);
        if (p == e) {
            return kind = BLANK;
        }
        byte c0 = b[p];
        if (c0 == '#') {
            return kind = COMMENT;
        }
        if (c0 == '=' && p + 1 < e && b[p + 1] == '>') {
            return kind = STACK;
        }
        if (c0 == 'C' && startsWith(b, p, e, "CPU:")) {
            return parseLost(b, p, e);
        }
        int br = findCpuBracket(b, p, e);
        if (br < 0) {
            return parseLatency(b, p, e);
        }
        // TASK-PID [(TGID)] before the bracket
        int q = br - 1;
        while (q > p && b[q] == ' ') {
            q--;
        }
        if (q > p && b[q] == ')') { // record-tgid column "(  1234)" or "(-------)"
            int open = q;
            while (open > p && b[open] != '(') {
                open--;
            }
            if (b[open] != '(') {
                return broken("unbalanced parenthesis in the TGID column");
            }
            q = open - 1;
            while (q > p && b[q] == ' ') {
                q--;
            }
        }
        int pidEnd = q + 1;
        int d = q;
        while (d >= p && b[d] >= '0' && b[d] <= '9') {
            d--;
        }
        if (d == q || d < p || b[d] != '-') {
            return kind = looksTimestamped(b, br, e) ? broken("no TASK-PID before the CPU column") : NOT_TRACE;
        }
        pid = parseInt(b, d + 1, pidEnd);
        if (pid < 0) {
            return broken("pid out of range");
        }
        commStart = p;
        commEnd = d;
        int cpuEnd = br + 1;
        while (b[cpuEnd] != ']') {
            cpuEnd++;
        }
        cpu = parseInt(b, br + 1, cpuEnd);
        if (cpu < 0 || cpu > 0xFFFF) {
            return broken("CPU number out of range");
        }
        p = skipSpaces(b, cpuEnd + 1, e);
        int t = p < e && isDigit(b[p]) ? timestamp(b, p, e) : -1;
        if (t < 0) {
            // the irq-flags column ("d..2.": never starts with a digit), then the timestamp
            int f = tokenEnd(b, p, e);
            hasFlagsColumn = true;
            flagsStart = p;
            flagsEnd = f;
            p = skipSpaces(b, f, e);
            t = timestamp(b, p, e);
            if (t < 0) {
                return broken(p == e ? "line ends before the timestamp" : ts == Long.MIN_VALUE
                        ? "timestamp out of range" : "cannot parse the timestamp");
            }
        }
        return parseEvent(b, skipSpaces(b, t, e), e);
    }

    /**
     * Parses "SECONDS[.FRACTION]:" at p into {@link #ts} (ns; up to 9
     * decimals kept); returns the position after the ':' or -1 (ts is
     * Long.MIN_VALUE when the number is out of range).
     */
    private int timestamp(byte[] b, int p, int e) {
        ts = 0;
        long sec = 0;
        int i = p;
        while (i < e && isDigit(b[i])) {
            sec = sec * 10 + (b[i] - '0');
            if (sec > 9_000_000_000L) {
                ts = Long.MIN_VALUE;
                return -1;
            }
            i++;
        }
        if (i == p) {
            return -1;
        }
        long ns = 0;
        int digits = 0;
        if (i < e && b[i] == '.') {
            i++;
            while (i < e && isDigit(b[i])) {
                if (digits < 9) {
                    ns = ns * 10 + (b[i] - '0');
                    digits++;
                }
                i++;
            }
        }
        if (i >= e || b[i] != ':') {
            return -1;
        }
        for (; digits < 9; digits++) {
            ns *= 10;
        }
        ts = sec * 1_000_000_000L + ns;
        return i + 1;
    }

    private int parseLost(byte[] b, int p, int e) {
        // "CPU:1 [LOST 1234 EVENTS]"
        int x = p + 4;
        int ce = x;
        while (ce < e && b[ce] >= '0' && b[ce] <= '9') {
            ce++;
        }
        cpu = ce > x ? parseInt(b, x, ce) : -1;
        int l = indexOf(b, ce, e, "[LOST ");
        if (cpu < 0 || l < 0) {
            return kind = NOT_TRACE;
        }
        int ns = l + 6;
        int ne = ns;
        while (ne < e && b[ne] >= '0' && b[ne] <= '9') {
            ne++;
        }
        lostEvents = ne > ns ? parseLong(b, ns, ne) : -1;
        return kind = LOST;
    }

    /** Latency format: "[comm-pid ]CPUFLAGS TIMEus[mark]: name: payload". */
    private int parseLatency(byte[] b, int p, int e) {
        int u = -1;
        for (int i = p + 1; i + 2 < e; i++) {
            if (b[i] == 'u' && b[i + 1] == 's' && b[i - 1] >= '0' && b[i - 1] <= '9'
                    && (b[i + 2] == ':' || (i + 3 < e && b[i + 3] == ':' && isMark(b[i + 2])))) {
                u = i;
                break;
            }
        }
        if (u < 0) {
            return kind = NOT_TRACE;
        }
        int colon = b[u + 2] == ':' ? u + 2 : u + 3;
        int tStart = u;
        while (tStart > p && (isDigit(b[tStart - 1]) || b[tStart - 1] == '.')) {
            tStart--;
        }
        long whole = 0;
        long frac = 0;
        int fracDigits = 0;
        boolean dot = false;
        for (int i = tStart; i < u; i++) {
            if (b[i] == '.') {
                if (dot) {
                    return broken("cannot parse the latency timestamp");
                }
                dot = true;
            } else if (!dot) {
                whole = whole * 10 + (b[i] - '0');
                if (whole > 9_000_000_000_000L) {
                    return broken("timestamp out of range");
                }
            } else if (fracDigits < 3) {
                frac = frac * 10 + (b[i] - '0');
                fracDigits++;
            }
        }
        while (fracDigits < 3) {
            frac *= 10;
            fracDigits++;
        }
        ts = whole * 1000 + frac; // microseconds (with ns decimals) -> ns
        // CPU + flags token before the time: "3d..1." ; optional comm-pid before it
        int te = tStart;
        while (te > p && b[te - 1] == ' ') {
            te--;
        }
        int ts0 = te;
        while (ts0 > p && b[ts0 - 1] != ' ') {
            ts0--;
        }
        int c = ts0;
        while (c < te && isDigit(b[c])) {
            c++;
        }
        if (c == ts0 || te == ts0) {
            return broken("no CPU before the latency timestamp");
        }
        cpu = parseInt(b, ts0, c);
        if (cpu < 0 || cpu > 0xFFFF) {
            return broken("CPU number out of range");
        }
        flagsStart = c;
        flagsEnd = te;
        hasFlagsColumn = c < te;
        latencyShape = true;
        pid = -1;
        commStart = commEnd = p;
        int ce = ts0;
        while (ce > p && b[ce - 1] == ' ') {
            ce--;
        }
        if (ce > p) {
            int d = ce - 1;
            while (d >= p && isDigit(b[d])) {
                d--;
            }
            if (d < ce - 1 && d >= p && b[d] == '-') {
                pid = parseInt(b, d + 1, ce);
                commStart = p;
                commEnd = d;
            } else {
                return broken("cannot parse TASK-PID in the latency format");
            }
        }
        return parseEvent(b, skipSpaces(b, colon + 1, e), e);
    }

    private static boolean isMark(byte c) {
        return c == ' ' || c == '!' || c == '#' || c == '$' || c == '@' || c == '*' || c == '+';
    }

    /** After the timestamp: "name: payload" and the raw forms. */
    private int parseEvent(byte[] b, int p, int e) {
        if (p >= e) {
            return broken("line ends before the event name");
        }
        if (b[p] == '<') {
            if (startsWith(b, p, e, "<stack trace>")) {
                return special(b, p, p + 13, NAME_KERNEL_STACK, e);
            }
            if (startsWith(b, p, e, "<user stack trace>")) {
                return special(b, p, p + 18, NAME_USER_STACK, e);
            }
        }
        int h = 1;
        int i = p;
        while (i < e) {
            byte c = b[i];
            if (c == ':' || c == '(' || c == ' ') {
                break;
            }
            h = 31 * h + c;
            i++;
        }
        if (i == p) {
            return broken("no event name");
        }
        nameStart = p;
        nameEnd = i;
        nameHash = h;
        nameForm = NAME_PLAIN;
        if (i == e) {
            return broken("no ':' after the event name");
        }
        byte c = b[i];
        if (c == ':') {
            payloadStart = skipSpaces(b, i + 1, e);
            payloadEnd = trimEnd(b, payloadStart, e);
            return kind = EVENT;
        }
        boolean sys = i - p > 4 && startsWith(b, p, e, "sys_");
        if (c == '(' && sys) {
            nameForm = NAME_SYS_ENTER;
            payloadStart = i + 1;
            int pe = trimEnd(b, payloadStart, e);
            payloadEnd = pe > payloadStart && b[pe - 1] == ')' ? pe - 1 : pe;
            return kind = EVENT;
        }
        if (c == ' ' && sys && startsWith(b, i, e, " -> ")) {
            nameForm = NAME_SYS_EXIT;
            payloadStart = i + 4;
            payloadEnd = trimEnd(b, payloadStart, e);
            return kind = EVENT;
        }
        if (c == ' ' && startsWith(b, i, e, " <-")) {
            nameForm = NAME_FUNCTION;
            payloadStart = p;
            payloadEnd = trimEnd(b, p, e);
            return kind = EVENT;
        }
        return broken("no ':' after the event name");
    }

    private int special(byte[] b, int p, int end, int form, int e) {
        nameStart = p;
        nameEnd = end;
        nameForm = form;
        nameHash = 0;
        payloadStart = end;
        payloadEnd = trimEnd(b, end, e);
        return kind = EVENT;
    }

    private int broken(String why) {
        error = why;
        return kind = BROKEN;
    }

    /** True if a timestamp-like token follows the CPU bracket: the line is a trace line gone wrong. */
    private static boolean looksTimestamped(byte[] b, int br, int e) {
        int i = br;
        while (i < e && b[i] != ']') {
            i++;
        }
        for (int k = i; k + 1 < e; k++) {
            if (b[k] == ':' && k > 0 && isDigit(b[k - 1])) {
                return true;
            }
        }
        return false;
    }

    /** Index of a "[digits]" followed by a space or the end, or -1. */
    private static int findCpuBracket(byte[] b, int p, int e) {
        for (int i = p; i < e; i++) {
            if (b[i] == '[') {
                int j = i + 1;
                while (j < e && isDigit(b[j])) {
                    j++;
                }
                if (j > i + 1 && j < e && b[j] == ']' && (j + 1 == e || b[j + 1] == ' ') && j - i <= 6) {
                    return i;
                }
            } else if (b[i] == ':' && i + 1 < e && b[i + 1] == ' ') {
                return -1; // reached "ts: name:" without a CPU column
            }
        }
        return -1;
    }

    static int skipSpaces(byte[] b, int p, int e) {
        while (p < e && (b[p] == ' ' || b[p] == '\t')) {
            p++;
        }
        return p;
    }

    static int trimEnd(byte[] b, int s, int e) {
        while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t' || b[e - 1] == '\r')) {
            e--;
        }
        return e;
    }

    private static int tokenEnd(byte[] b, int p, int e) {
        while (p < e && b[p] != ' ' && b[p] != '\t') {
            p++;
        }
        return p;
    }

    static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    /** Decimal int in [s,e), or -1 if empty, not digits or > Integer.MAX_VALUE. */
    static int parseInt(byte[] b, int s, int e) {
        long v = e - s > 10 ? -1 : parseLong(b, s, e);
        return v > Integer.MAX_VALUE ? -1 : (int) v;
    }

    /** Decimal long in [s,e) (at most 18 digits), or -1. */
    static long parseLong(byte[] b, int s, int e) {
        if (e <= s || e - s > 18) {
            return -1;
        }
        long v = 0;
        for (int i = s; i < e; i++) {
            if (!isDigit(b[i])) {
                return -1;
            }
            v = v * 10 + (b[i] - '0');
        }
        return v;
    }

    static boolean startsWith(byte[] b, int p, int e, String s) {
        if (e - p < s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[p + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] b, int p, int e, String s) {
        for (int i = p; i + s.length() <= e; i++) {
            if (startsWith(b, i, e, s)) {
                return i;
            }
        }
        return -1;
    }
}
