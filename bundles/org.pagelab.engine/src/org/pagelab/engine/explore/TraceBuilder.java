package org.pagelab.engine.explore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pagelab.engine.sem.Code;
import org.pagelab.engine.sem.Heap;
import org.pagelab.engine.sem.Insn;
import org.pagelab.engine.sem.Machine;
import org.pagelab.engine.sem.Op;
import org.pagelab.engine.sem.Program;
import org.pagelab.engine.sem.ScMemory;
import org.pagelab.engine.sem.StructType;
import org.pagelab.engine.sem.Violation;

/**
 * Rebuilds traces by replaying thread choices from the initial state with a
 * recording machine: each step's event, source line, function stack, state
 * changes and full state after it.
 */
final class TraceBuilder {
    private final Explorer ex;
    private final Program prog;
    private final ValueFormat fmt;

    TraceBuilder(Explorer ex) {
        this.ex = ex;
        this.prog = ex.prog;
        this.fmt = org.pagelab.engine.mm.MmFormat.forProgram(prog);
    }

    /** Thread choices from the initial state to a state. */
    private List<Integer> path(int state) {
        Deque<Integer> d = new ArrayDeque<>();
        for (int s = state; s > 0; s = ex.table.parent[s]) {
            d.push(ex.table.thread[s]);
        }
        return new ArrayList<>(d);
    }

    Trace violation(Explorer.Found f, boolean recheck) {
        List<Integer> choices = null;
        if (recheck && f.loop() == null) {
            choices = Shortest.find(prog, ex.opt, f.kind(), f.depth());
        }
        if (choices == null) {
            choices = path(f.state());
            if (f.thread() >= 0) {
                choices.add(f.thread());
            }
        }
        int loopStart = -1;
        if (f.loop() != null) {
            loopStart = choices.size();
            for (int t : f.loop()) {
                choices.add(t);
            }
        }
        return replay(choices, "deadlock".equals(f.kind()) || "livelock".equals(f.kind()) ? "violation" : "violation",
                f.kind(), f.message(), loopStart);
    }

    Trace witness(int state, int thread) {
        List<Integer> choices = path(state);
        if (thread >= 0) {
            choices.add(thread);
        }
        return replay(choices, "witness", null, "an execution where the condition "
                + (prog.quantifier() == org.pagelab.engine.lang.Ast.Quantifier.FORALL ? "fails" : "holds"), -1);
    }

    /** A recording run from the initial state: current memory and threads, and the steps taken so far. */
    private final class Run {
        final Machine m = new Machine(prog);
        final ScMemory mem = new ScMemory(prog);
        final List<Trace.Step> steps = new ArrayList<>();
        final int[][] ts;
        final Trace.StateView initial;
        int[] memNow;

        Run() {
            m.setRecording(true);
            int[] s = ex.initialState();
            memNow = Arrays.copyOf(s, ex.heapSize);
            ts = ex.threads(s);
            initial = view(memNow, ts);
        }

        /** Thread t takes one step, which is recorded and returned; null (nothing changes) when t is blocked. */
        Trace.Step step(int t) {
            int[] before = memNow;
            int[] after = Arrays.copyOf(before, before.length);
            mem.reset(after, t);
            Machine.Outcome o = m.step(t, ts[t], mem);
            if (o.kind == Machine.Kind.BLOCKED) {
                return null;
            }
            Violation v = o.violation;
            if (v == null && ex.check != null) {
                v = ex.check.afterStep(t, before, after, mem, c -> {
                });
            }
            if (o.thread != null) {
                ts[t] = o.thread;
            }
            memNow = after;
            Trace.Step st = record(steps.size(), t, o, v, mem, before, after, ts);
            steps.add(st);
            return st;
        }
    }

    Trace replay(List<Integer> choices, String kind, String violation, String message, int loopStart) {
        Run run = new Run();
        String lastViolation = null;
        for (int t : choices) {
            Trace.Step st = run.step(t);
            if (st == null) {
                break; // cannot happen for a recorded path
            }
            if (st.violation() != null) {
                lastViolation = st.violation();
                break;
            }
        }
        return new Trace(prog.name(), prog.file(), ex.opt.model, kind, violation != null ? violation : lastViolation,
                message, threadNames(), prog.variants(), run.initial, run.steps, loopStart);
    }

    /**
     * Runs the threads in the order of another trace's steps (a schedule
     * taken from a run of another variant): each reference step lets its
     * thread take one step if it can (a finished or blocked thread is passed
     * over), then the remaining threads run to the end, lowest runnable
     * thread first, for at most {@code extraSteps} more steps.
     */
    Followed follow(Trace reference, int extraSteps) {
        Run run = new Run();
        List<Integer> refIndex = new ArrayList<>();
        List<Integer> passed = new ArrayList<>();
        String violation = null;
        String message = null;
        List<Trace.Step> ref = reference.steps();
        int extra = 0;
        int r = 0;
        while (violation == null) {
            boolean fromRef = r < ref.size();
            int t;
            if (fromRef) {
                t = ref.get(r).thread();
            } else if (ex.isFinal(run.ts)) {
                message = "every thread ran to its end";
                break;
            } else if (extra++ >= extraSteps) {
                message = "threads still running after " + extraSteps + " more steps (a retry loop?)";
                break;
            } else {
                t = firstRunnable(run.ts, run.memNow);
                if (t < 0) {
                    violation = "deadlock";
                    message = "no thread can run: " + blockedNames(run.ts);
                    break;
                }
            }
            Trace.Step st = t >= 0 && t < ex.nAll && mayRun(t, run.ts) ? run.step(t) : null;
            if (st == null) {
                if (!fromRef) {
                    break; // firstRunnable said it could run: cannot happen
                }
                passed.add(r++);
                continue;
            }
            refIndex.add(fromRef ? r++ : -1);
            if (st.violation() != null) {
                violation = st.violation();
                message = st.message();
            }
        }
        Trace trace = new Trace(prog.name(), prog.file(), ex.opt.model, "replay", violation, message, threadNames(),
                prog.variants(), run.initial, run.steps, -1);
        return new Followed(trace, refIndex.stream().mapToInt(Integer::intValue).toArray(),
                passed.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Thread names by index, the after block (if any) last. */
    private List<String> threadNames() {
        List<String> names = new ArrayList<>();
        for (int t = 0; t < ex.nAll; t++) {
            names.add(ex.threadName(t));
        }
        return names;
    }

    /** Whether thread t may be scheduled now (not finished; the after block only once the others are done). */
    private boolean mayRun(int t, int[][] ts) {
        boolean isAfter = ex.hasAfter && t == ex.nAll - 1;
        return !Machine.finished(ts[t]) && ex.regularDone(ts) == isAfter;
    }

    private int firstRunnable(int[][] ts, int[] memNow) {
        for (int pass = 0; pass < 2; pass++) { // threads that must finish first, then daemons
            for (int t = 0; t < ex.nAll; t++) {
                if ((pass == 1) == ex.daemon[t] && mayRun(t, ts) && !blocked(t, ts[t], memNow)) {
                    return t;
                }
            }
        }
        return -1;
    }

    private String blockedNames(int[][] ts) {
        List<String> b = new ArrayList<>();
        for (int t = 0; t < ex.nAll; t++) {
            if (!Machine.finished(ts[t])) {
                b.add(ex.threadName(t));
            }
        }
        return String.join(", ", b) + " blocked";
    }

    /** One recorded step: thread t ran with outcome o from memory before to after (ts already advanced). */
    private Trace.Step record(int i, int t, Machine.Outcome o, Violation v, ScMemory mem, int[] before, int[] after,
            int[][] ts) {
        List<Trace.Change> changes = changes(mem, before, after);
        Insn ev = o.event;
        Code code = o.eventCode != null ? o.eventCode : o.violationCode;
        List<String> stack = o.stack != null ? o.stack : List.of(ex.threadName(t));
        String fn = stack.get(stack.size() - 1);
        int line = 0;
        int col = 0;
        if (ev != null) {
            line = ev.pos.line();
            col = ev.pos.column();
        } else if (v != null && v.pos != null) {
            line = v.pos.line();
            col = v.pos.column();
        }
        String file = code != null ? code.file : prog.file();
        if (v != null && v.pos != null && o.violationCode != null && ev == null) {
            file = o.violationCode.file;
        }
        String value = ev == null ? "" : valueText(ev, o.eventValue, o.eventCell);
        String location = "";
        if (o.eventCell >= 0) {
            String[] w = fmt.locate(o.eventCell, after);
            location = w[2].equals("value") ? w[1] : w[1] + "->" + w[2];
        }
        return new Trace.Step(i, t, ex.threadName(t), fn, stack, file, line, col, describe(ev),
                ev == null ? "" : ev.annot.toString(), location, value, changes, view(after, ts),
                v == null ? null : v.kind, v == null ? null : v.getMessage());
    }

    private String valueText(Insn ev, int v, int cell) {
        if (ev.op == Op.LOCK || ev.op == Op.UNLOCK || ev.op == Op.FENCE || ev.op == Op.AWAIT) {
            return "";
        }
        if (ev.op == Op.BUILTIN && v == org.pagelab.engine.mm.MmBuiltins.MMU_FAULT) {
            return "fault";
        }
        return cell >= 0 ? fmt.format(cell, v) : prog.heap().formatValue(v);
    }

    private String describe(Insn ev) {
        if (ev == null) {
            return "return";
        }
        String t = ev.text == null ? "" : ev.text;
        return switch (ev.op) {
            case Op.LOAD -> t.contains("(") ? t : "read " + t;
            case Op.STORE -> t.contains("(") ? t : "write " + t;
            default -> t;
        };
    }

    private List<Trace.Change> changes(ScMemory mem, int[] before, int[] after) {
        Map<Integer, Integer> first = new LinkedHashMap<>();
        for (int i = 0; i < mem.writeCount(); i++) {
            first.putIfAbsent(mem.writeCell(i), mem.writeOld(i));
        }
        List<Trace.Change> out = new ArrayList<>();
        Heap heap = prog.heap();
        for (Map.Entry<Integer, Integer> e : first.entrySet()) {
            int cell = e.getKey();
            int old = before[cell];
            int nv = after[cell];
            if (old == nv) {
                continue;
            }
            Heap.Obj o = heap.objectAt(cell);
            if (o.hidden) {
                continue;
            }
            String[] where = fmt.locate(cell, after);
            out.add(new Trace.Change(where[0], where[1], where[2], old, nv, fmt.format(cell, old),
                    fmt.format(cell, nv)));
        }
        return out;
    }

    static String fieldName(Heap.Obj o, int cell) {
        if (o.type.isScalar()) {
            return "value";
        }
        StructType.Field f = o.type.fieldAt(cell - o.base);
        if (f == null) {
            return "+" + (cell - o.base);
        }
        return f.isArray() ? f.name() + "[" + (cell - o.base - f.offset()) + "]" : f.name();
    }

    Trace.StateView view(int[] mem, int[][] ts) {
        List<Trace.ObjectView> objs = new ArrayList<>();
        for (Heap.Obj o : prog.heap().objects()) {
            if (o.hidden) {
                continue;
            }
            List<Trace.FieldView> fs = new ArrayList<>();
            for (int c = o.base; c < o.base + o.size; c++) {
                fs.add(new Trace.FieldView(fieldName(o, c), mem[c], fmt.format(c, mem[c])));
            }
            objs.add(new Trace.ObjectView(o.id, fmt.kind(o), o.name(), fs));
        }
        List<Trace.ThreadView> threads = new ArrayList<>();
        boolean regularDone = ex.regularDone(ts);
        for (int t = 0; t < ex.nAll; t++) {
            int[] st = ts[t];
            boolean isAfter = ex.hasAfter && t == ex.nAll - 1;
            String status;
            if (Machine.finished(st)) {
                status = "finished";
            } else if (isAfter && !regularDone) {
                status = "not started";
            } else if (blocked(t, st, mem)) {
                status = "blocked";
            } else {
                status = "running";
            }
            List<String> stack = new ArrayList<>();
            int line = 0;
            String fn = "";
            for (int f = st[1]; f >= 0; f = st[f + 2]) {
                Code c = prog.code(st[f]);
                stack.add(0, c.name);
                if (f == st[1]) {
                    fn = c.name;
                    int pc = st[f + 1];
                    Insn[] ins = c.insns();
                    if (pc < ins.length) {
                        line = ins[pc].pos.line();
                    }
                }
            }
            Map<String, Integer> regs = new LinkedHashMap<>();
            Code root = prog.code(st[2]);
            List<String> names = root.localNames();
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i) != null && 5 + i < st.length) {
                    regs.put(names.get(i), Machine.rootLocal(st, i));
                }
            }
            threads.add(new Trace.ThreadView(t, ex.threadName(t), status, fn, line, stack, regs));
        }
        return new Trace.StateView(objs, threads);
    }

    private boolean blocked(int t, int[] st, int[] mem) {
        Machine m = new Machine(prog);
        ScMemory sm = new ScMemory(prog);
        sm.reset(Arrays.copyOf(mem, mem.length), t);
        return m.step(t, st, sm).kind == Machine.Kind.BLOCKED;
    }
}
