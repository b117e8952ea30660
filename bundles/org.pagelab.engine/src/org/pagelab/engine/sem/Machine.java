package org.pagelab.engine.sem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.pagelab.engine.lang.Pos;

/**
 * Runs thread code one step at a time. A step executes local instructions
 * freely and exactly one visible instruction (one shared-memory event), and
 * stops before the next visible one; a thread's first step also runs the
 * local code before its first event. The thread state is an {@code int[]}:
 *
 * <pre>
 * [0] status (0 running, 1 finished)   [1] offset of the top frame
 * frame: [code id, pc, caller frame offset (-1 for the root), locals...]
 * </pre>
 *
 * A finished thread keeps its root frame, so that the final condition can
 * read its registers. At the end of each step, locals that are dead at the
 * frame's resume point are zeroed, so that states differing only in dead
 * values are the same state.
 *
 * <p>Not thread-safe: use one Machine per worker.
 */
public final class Machine {
    public static final int RUNNING = 0;
    public static final int FINISHED = 1;

    /** What a step did. */
    public enum Kind {
        /** One event and the following local code ran. */
        STEP,
        /** The first event would wait (lock held, grace period not over): nothing changed. */
        BLOCKED,
        /** The thread ran to its end. */
        FINISHED,
        /** An assertion, BUG_ON or built-in check failed. */
        VIOLATION
    }

    /** The result of {@link #step}; reused between calls. */
    public static final class Outcome {
        public Kind kind;
        /** The new thread state (null when blocked). */
        public int[] thread;
        /** The visible instruction executed, or null. */
        public Insn event;
        /** The code running the event. */
        public Code eventCode;
        public Violation violation;
        /** Code of the frame where the violation happened. */
        public Code violationCode;
        /** Function names from the thread body to the event's function (only when recording). */
        public List<String> stack;
        /** Number of instructions executed. */
        public int insns;
        /** The value the event read (a load, the old value of an RMW) or wrote (a store); 0 otherwise. */
        public int eventValue;
        /** The cell of a load, store or RMW event; -1 otherwise. */
        public int eventCell;
    }

    private static final int LOCAL_BUDGET = 2_000_000;
    private static final int MAX_DEPTH = 48;

    private final Program prog;
    private final Code[] codes;
    private final Builtin[] builtins;
    private int[] buf = new int[256];
    private int len;
    private boolean record;
    private boolean setupMode;
    private boolean fenceNop = true;
    private final int[] globals;
    private final Outcome out = new Outcome();

    // taint tracking for isolated runs (null in exploration)
    long[] taint;
    long ctrlTaint;
    long addrTaint;
    long dataTaint;
    /** Bit assigned to the value a load returns in isolated runs (set by the memory). */
    long loadBit;

    public Machine(Program prog) {
        this.prog = prog;
        this.codes = prog.codes();
        this.builtins = prog.builtins();
        this.globals = prog.globals();
    }

    /**
     * Whether fences other than RCU's are no-ops (true, the default, for
     * sequential consistency) or events (for axiomatic models).
     */
    public void setFencesAreEvents(boolean events) {
        this.fenceNop = !events;
    }

    /** Also capture the function stack of each event (for counterexamples). */
    public void setRecording(boolean record) {
        this.record = record;
    }

    void setSetupMode(boolean setup) {
        this.setupMode = setup;
    }

    // Control-dependency scopes of if statements in isolated runs: the frame,
    // the join pc, and the control taint before the if (herd7 gives ctrl to
    // the events inside the branches, not to those after the join).
    private int[] ctrlFrame = new int[16];
    private int[] ctrlJoin = new int[16];
    private long[] ctrlSaved = new long[16];
    private int ctrlTop;

    private void pushCtrl(int frame, int join) {
        if (ctrlTop == ctrlFrame.length) {
            ctrlFrame = Arrays.copyOf(ctrlFrame, ctrlTop * 2);
            ctrlJoin = Arrays.copyOf(ctrlJoin, ctrlTop * 2);
            ctrlSaved = Arrays.copyOf(ctrlSaved, ctrlTop * 2);
        }
        ctrlFrame[ctrlTop] = frame;
        ctrlJoin[ctrlTop] = join;
        ctrlSaved[ctrlTop] = ctrlTaint;
        ctrlTop++;
    }

    private void popCtrl(int frame, int pc) {
        while (ctrlTop > 0 && ctrlFrame[ctrlTop - 1] == frame && ctrlJoin[ctrlTop - 1] == pc) {
            ctrlTop--;
            ctrlTaint = ctrlSaved[ctrlTop];
        }
    }

    void enableTaint() {
        taint = new long[256];
    }

    /** The initial state of a thread that runs {@code code} with the given parameter values. */
    public static int[] initialThread(Code code, int[] params) {
        int[] t = new int[2 + 3 + code.nlocals];
        t[0] = RUNNING;
        t[1] = 2;
        t[2] = code.id;
        t[3] = 0;
        t[4] = -1;
        System.arraycopy(params, 0, t, 5, Math.min(params.length, code.nlocals));
        return t;
    }

    /** The value of a named register of a finished (or running) thread's root frame. */
    public static int rootLocal(int[] thread, int slot) {
        return thread[5 + slot];
    }

    /** Is the thread finished? */
    public static boolean finished(int[] thread) {
        return thread[0] == FINISHED;
    }

    /** The pc and code of the top frame: {codeId, pc}. */
    public static int[] position(int[] thread) {
        int top = thread[1];
        return new int[] {thread[top], thread[top + 1]};
    }

    /**
     * Runs one step of thread {@code tid}.
     *
     * @param thread the thread state (not modified)
     * @param mem    the memory; under SC the caller gives a fresh copy per successor
     */
    public Outcome step(int tid, int[] thread, Memory mem) {
        Outcome o = out;
        o.event = null;
        o.eventCode = null;
        o.violation = null;
        o.violationCode = null;
        o.stack = null;
        o.thread = null;
        o.eventValue = 0;
        o.eventCell = -1;
        len = thread.length;
        if (buf.length < len + 64) {
            buf = new int[Math.max(len + 64, buf.length * 2)];
        }
        System.arraycopy(thread, 0, buf, 0, len);
        if (taint != null && taint.length < buf.length) {
            taint = Arrays.copyOf(taint, buf.length);
        }
        if (buf[0] == FINISHED) {
            o.kind = Kind.FINISHED;
            o.thread = thread;
            return o;
        }
        int top = buf[1];
        Code code = codes[buf[top]];
        Insn[] ins = code.insns;
        int pc = buf[top + 1];
        int L = top + 3;
        boolean did = false;
        int count = 0;
        Insn cur = null;
        try {
            while (true) {
                if (++count > LOCAL_BUDGET) {
                    throw new Violation("oops", "thread runs more than " + LOCAL_BUDGET
                            + " instructions without touching shared memory (an endless local loop?)",
                            cur == null ? Pos.NONE : cur.pos);
                }
                Insn in = ins[pc];
                cur = in;
                if (ctrlTop > 0) {
                    popCtrl(top, pc);
                }
                if (in.op >= Op.LOAD && did && !(in.op == Op.FENCE && fenceNop && !in.annot.isRcu())) {
                    break;
                }
                switch (in.op) {
                    case Op.NOP -> pc++;
                    case Op.CONST -> {
                        buf[L + in.a] = in.b;
                        if (taint != null) {
                            taint[L + in.a] = 0;
                        }
                        pc++;
                    }
                    case Op.MOV -> {
                        buf[L + in.a] = buf[L + in.b];
                        if (taint != null) {
                            taint[L + in.a] = taint[L + in.b];
                        }
                        pc++;
                    }
                    case Op.BIN -> {
                        int r = buf[L + in.c];
                        if ((in.d == Op.DIV || in.d == Op.MOD) && r == 0) {
                            throw new Violation("oops", "division by zero", in.pos);
                        }
                        buf[L + in.a] = Op.apply(in.d, buf[L + in.b], r);
                        if (taint != null) {
                            taint[L + in.a] = taint[L + in.b] | taint[L + in.c];
                        }
                        pc++;
                    }
                    case Op.UN -> {
                        int v = buf[L + in.b];
                        buf[L + in.a] = switch (in.d) {
                            case Op.NEG -> -v;
                            case Op.NOT -> v == 0 ? 1 : 0;
                            default -> ~v;
                        };
                        if (taint != null) {
                            taint[L + in.a] = taint[L + in.b];
                        }
                        pc++;
                    }
                    case Op.JMP -> pc = in.a;
                    case Op.JZ, Op.JNZ -> {
                        if (taint != null) {
                            if (in.c > 0) {
                                pushCtrl(top, in.c - 1);
                            }
                            ctrlTaint |= taint[L + in.b];
                        }
                        boolean zero = buf[L + in.b] == 0;
                        pc = zero == (in.op == Op.JZ) ? in.a : pc + 1;
                    }
                    case Op.CHECK -> {
                        if (buf[L + in.b] == 0) {
                            throw new Violation((String) in.ref, in.text, in.pos);
                        }
                        pc++;
                    }
                    case Op.LBUILTIN -> {
                        callBuiltin(in, tid, mem, L);
                        pc++;
                    }
                    case Op.GLOAD -> {
                        buf[L + in.a] = globals[in.b];
                        if (taint != null) {
                            taint[L + in.a] = 0;
                        }
                        pc++;
                    }
                    case Op.GSTORE -> {
                        globals[in.a] = buf[L + in.b];
                        pc++;
                    }
                    case Op.FENCE -> {
                        if (fenceNop && !in.annot.isRcu()) {
                            pc++;
                            break;
                        }
                        if (!visible(in, tid, mem, L, top)) {
                            o.kind = Kind.BLOCKED;
                            return o;
                        }
                        did = true;
                        o.event = in;
                        o.eventCode = code;
                        if (record) {
                            o.stack = stack(top);
                        }
                        pc++;
                    }
                    case Op.LOADC -> {
                        buf[L + in.a] = mem.peek(cell(buf[L + in.b], in));
                        if (taint != null) {
                            taint[L + in.a] = 0;
                        }
                        pc++;
                    }
                    case Op.CALL -> {
                        Code callee = (Code) in.ref;
                        int depth = 0;
                        for (int f = top; f >= 0; f = buf[f + 2]) {
                            depth++;
                        }
                        if (depth >= MAX_DEPTH) {
                            throw new Violation("oops", "call depth exceeds " + MAX_DEPTH + " (unbounded recursion?)",
                                    in.pos);
                        }
                        buf[top + 1] = pc;
                        int nt = len;
                        int need = nt + 3 + callee.nlocals;
                        if (buf.length < need) {
                            buf = Arrays.copyOf(buf, need * 2);
                        }
                        if (taint != null && taint.length < buf.length) {
                            taint = Arrays.copyOf(taint, buf.length);
                        }
                        buf[nt] = callee.id;
                        buf[nt + 1] = 0;
                        buf[nt + 2] = top;
                        Arrays.fill(buf, nt + 3, need, 0);
                        int[] args = in.args;
                        for (int i = 0; i < args.length; i++) {
                            buf[nt + 3 + i] = buf[L + args[i]];
                        }
                        if (taint != null) {
                            Arrays.fill(taint, nt + 3, need, 0);
                            for (int i = 0; i < args.length; i++) {
                                taint[nt + 3 + i] = taint[L + args[i]];
                            }
                        }
                        len = need;
                        buf[1] = nt;
                        top = nt;
                        code = callee;
                        ins = code.insns;
                        pc = 0;
                        L = top + 3;
                    }
                    case Op.RET -> {
                        int caller = buf[top + 2];
                        if (caller < 0) {
                            buf[0] = FINISHED;
                            buf[top + 1] = pc;
                            o.kind = Kind.FINISHED;
                            finish(o, did);
                            return o;
                        }
                        int v = in.b >= 0 ? buf[L + in.b] : 0;
                        long vt = taint != null && in.b >= 0 ? taint[L + in.b] : 0;
                        len = top;
                        top = caller;
                        buf[1] = top;
                        code = codes[buf[top]];
                        ins = code.insns;
                        pc = buf[top + 1];
                        L = top + 3;
                        Insn call = ins[pc];
                        if (call.a >= 0) {
                            buf[L + call.a] = v;
                            if (taint != null) {
                                taint[L + call.a] = vt;
                            }
                        }
                        pc++;
                    }
                    default -> {
                        // visible instructions: the step's one event
                        if (!visible(in, tid, mem, L, top)) {
                            o.kind = Kind.BLOCKED;
                            return o;
                        }
                        did = true;
                        o.event = in;
                        o.eventCode = code;
                        if (record) {
                            o.stack = stack(top);
                        }
                        pc++;
                    }
                }
            }
        } catch (Violation v) {
            o.kind = Kind.VIOLATION;
            o.violation = v;
            o.violationCode = code;
            if (record && o.stack == null) {
                buf[buf[1] + 1] = pc;
                o.stack = stack(buf[1]);
            }
            if (o.event == null && cur != null && cur.visible()) {
                o.event = cur;
                o.eventCode = code;
            }
            buf[top + 1] = pc;
            o.thread = Arrays.copyOf(buf, len);
            o.insns = count;
            return o;
        } catch (Builtin.Blocked b) {
            o.kind = Kind.BLOCKED;
            return o;
        }
        buf[top + 1] = pc;
        o.kind = Kind.STEP;
        finish(o, did);
        return o;
    }

    private void finish(Outcome o, boolean did) {
        canonicalize();
        o.thread = Arrays.copyOf(buf, len);
    }

    /** Zeroes locals that are dead at each frame's resume point. */
    private void canonicalize() {
        boolean top = true;
        for (int f = buf[1]; f >= 0; f = buf[f + 2]) {
            Code c = codes[buf[f]];
            long[][] live = c.live;
            if (live != null) {
                int pc = buf[f + 1];
                long[] mask;
                int dst = -1;
                if (top || buf[0] == FINISHED) {
                    mask = pc < live.length ? live[pc] : null;
                } else {
                    mask = pc + 1 < live.length ? live[pc + 1] : null;
                    dst = c.insns[pc].a;
                }
                if (mask != null) {
                    int base = f + 3;
                    for (int i = 0; i < c.nlocals; i++) {
                        if ((mask[i >>> 6] & (1L << i)) == 0 || i == dst) {
                            buf[base + i] = 0;
                        }
                    }
                }
            }
            top = false;
        }
    }

    private List<String> stack(int top) {
        List<String> s = new ArrayList<>();
        for (int f = top; f >= 0; f = buf[f + 2]) {
            s.add(0, codes[buf[f]].name);
        }
        return s;
    }

    private int cell(int v, Insn in) {
        int c = v - Heap.PTR_BASE;
        if (v == 0) {
            throw new Violation("oops", "NULL pointer dereference" + (in.text != null ? " (" + in.text + ")" : ""),
                    in.pos);
        }
        if (c < 0 || c >= prog.heapSize()) {
            throw new Violation("oops", "access to a bad address " + v + (in.text != null ? " (" + in.text + ")" : ""),
                    in.pos);
        }
        return c;
    }

    private boolean visible(Insn in, int tid, Memory mem, int L, int top) {
        switch (in.op) {
            case Op.LOAD -> {
                int c = cell(buf[L + in.b], in);
                if (taint != null) {
                    addrTaint = taint[L + in.b];
                    dataTaint = 0;
                }
                buf[L + in.a] = mem.load(c, in.annot, in);
                out.eventValue = buf[L + in.a];
                out.eventCell = c;
                if (taint != null) {
                    taint[L + in.a] = loadBit;
                }
            }
            case Op.STORE -> {
                int c = cell(buf[L + in.a], in);
                if (taint != null) {
                    addrTaint = taint[L + in.a];
                    dataTaint = taint[L + in.b];
                }
                mem.store(c, buf[L + in.b], in.annot, in);
                out.eventValue = buf[L + in.b];
                out.eventCell = c;
            }
            case Op.RMW -> {
                int c = cell(buf[L + in.b], in);
                int operand = buf[L + in.c];
                int operand2 = in.args.length > 0 ? buf[L + in.args[0]] : 0;
                if (taint != null) {
                    addrTaint = taint[L + in.b];
                    dataTaint = taint[L + in.c] | (in.args.length > 0 ? taint[L + in.args[0]] : 0);
                }
                int old = mem.rmw(c, in.rmw, operand, operand2, in.annot, in);
                out.eventValue = old;
                out.eventCell = c;
                if (in.a >= 0) {
                    buf[L + in.a] = in.rmw.result(old, in.rmw.apply(old, operand, operand2));
                    if (taint != null) {
                        taint[L + in.a] = loadBit;
                    }
                }
            }
            case Op.FENCE -> {
                int c = in.b >= 0 ? cell(buf[L + in.b], in) : -1;
                if (taint != null) {
                    addrTaint = 0;
                    dataTaint = in.c >= 0 ? taint[L + in.c] : 0;
                }
                int r = mem.fence(in.annot, c, in.c >= 0 ? buf[L + in.c] : 0, in.d, in);
                if (r == Memory.BLOCKED) {
                    return false;
                }
                if (in.a >= 0) {
                    // srcu_read_lock returns the index of the section it opens (see ScMemory)
                    buf[L + in.a] = r;
                    if (taint != null) {
                        taint[L + in.a] = loadBit;
                    }
                }
            }
            case Op.LOCK -> {
                int c = cell(buf[L + in.b], in);
                int mask = in.c < 0 ? 0 : buf[L + in.c];
                if (taint != null) {
                    addrTaint = taint[L + in.b];
                    dataTaint = 0;
                }
                if (!mem.lock(c, in.d, mask, tid, in)) {
                    return false;
                }
            }
            case Op.UNLOCK -> {
                int c = cell(buf[L + in.b], in);
                int mask = in.c < 0 ? 0 : buf[L + in.c];
                if (taint != null) {
                    addrTaint = taint[L + in.b];
                    dataTaint = 0;
                }
                mem.unlock(c, in.d, mask, tid, in);
            }
            case Op.TRYLOCK -> {
                int c = cell(buf[L + in.b], in);
                int mask = in.c < 0 ? 0 : buf[L + in.c];
                if (taint != null) {
                    addrTaint = taint[L + in.b];
                    dataTaint = 0;
                }
                buf[L + in.a] = mem.trylock(c, in.d, mask, tid, in) ? 1 : 0;
                if (taint != null) {
                    taint[L + in.a] = loadBit;
                }
            }
            case Op.AWAIT -> {
                int c = cell(buf[L + in.b], in);
                if (taint != null) {
                    addrTaint = taint[L + in.b];
                    dataTaint = 0;
                }
                if (!mem.await(c, buf[L + in.c], buf[L + in.args[0]], in)) {
                    return false;
                }
            }
            case Op.BUILTIN -> callBuiltin(in, tid, mem, L);
            default -> throw new IllegalStateException("opcode " + in.op);
        }
        return true;
    }

    private void callBuiltin(Insn in, int tid, Memory mem, int L) {
        Builtin b = builtins[in.d];
        int[] av = new int[in.args.length];
        long t = 0;
        for (int i = 0; i < av.length; i++) {
            av[i] = buf[L + in.args[i]];
            if (taint != null) {
                t |= taint[L + in.args[i]];
            }
        }
        if (taint != null) {
            addrTaint = t;
            dataTaint = t;
            loadBit = 0;
        }
        int r = b.invoke(new Ctx(mem, tid, in), av);
        if (in.op == Op.BUILTIN) {
            out.eventValue = r;
        }
        if (in.a >= 0) {
            buf[L + in.a] = r;
            if (taint != null) {
                taint[L + in.a] = t | loadBit;
            }
        }
    }

    /** Runs a local (non-visible) builtin; used for pure helpers. */
    private final class Ctx implements Builtin.Context {
        private final Memory mem;
        private final int tid;
        private final Insn insn;

        Ctx(Memory mem, int tid, Insn insn) {
            this.mem = mem;
            this.tid = tid;
            this.insn = insn;
        }

        @Override
        public Memory memory() {
            return mem;
        }

        @Override
        public int tid() {
            return tid;
        }

        @Override
        public Program program() {
            return prog;
        }

        @Override
        public boolean setup() {
            return setupMode;
        }

        @Override
        public Insn insn() {
            return insn;
        }

        @Override
        public Violation violation(String kind, String message) {
            return new Violation(kind, message, insn.pos);
        }

        @Override
        public Heap.Obj allocate(StructType type, int flexLen) {
            if (!setupMode) {
                throw new Violation("oops", "objects can only be created in setup", insn.pos);
            }
            return prog.allocateInSetup(type, flexLen);
        }
    }
}
