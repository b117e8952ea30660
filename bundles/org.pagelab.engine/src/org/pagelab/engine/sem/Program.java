package org.pagelab.engine.sem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.pagelab.engine.lang.Ast;
import org.pagelab.engine.lang.Pos;

/**
 * A compiled scenario: thread code, the memory after the setup ran, the
 * final condition. Built by {@link Compiler#compile}. Immutable once built
 * (the explorer copies the initial memory).
 */
public final class Program {
    /** A thread of the scenario (or the after block, index == threads().size()). */
    public record ThreadInfo(int index, String name, boolean daemon, Code code, int[] initialState, Pos pos) {
    }

    /** A location or object field listed in {@code locations [...]}. */
    public record Shown(String text, Predicate.Term term) {
    }

    final Ast.Scenario scenario;
    final List<Code> codes = new ArrayList<>();
    Code[] codeArray;
    final List<Builtin> builtins = new ArrayList<>();
    /** Struct types __new can allocate, by index. */
    final List<StructType> allocTypes = new ArrayList<>();
    Builtin[] builtinArray;
    int[] globals = new int[0];
    final List<String> globalNames = new ArrayList<>();
    final List<Type> globalTypes = new ArrayList<>();
    final Heap heap = new Heap();
    int[] initialMemory;
    final List<ThreadInfo> threads = new ArrayList<>();
    ThreadInfo after;
    Predicate condition;
    Predicate filter;
    final List<Shown> locations = new ArrayList<>();
    Map<String, StructType> structs;
    Map<String, Integer> constants;
    Map<String, String> variants;
    /** First cell of the hidden RCU state, per domain: [0] = RCU, then one per srcu_struct cell. */
    int rcuObjectBase = -1;
    int[] srcuCells = new int[0];
    int poolSize;
    /** Files of the library modules loaded (for messages). */
    final List<String> modules = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    private final java.util.Map<Class<?>, Object> ext = new java.util.concurrent.ConcurrentHashMap<>();

    /** Per-program data of other packages (computed once, e.g. the MM layout). */
    @SuppressWarnings("unchecked")
    public <T> T extension(Class<T> key, java.util.function.Supplier<T> make) {
        return (T) ext.computeIfAbsent(key, k -> make.get());
    }

    Program(Ast.Scenario scenario) {
        this.scenario = scenario;
    }

    public Ast.Scenario scenario() {
        return scenario;
    }

    public String file() {
        return scenario.file();
    }

    public String name() {
        return scenario.name();
    }

    public Ast.Verdict expected() {
        return scenario.expected();
    }

    Code[] codes() {
        return codeArray;
    }

    Builtin[] builtins() {
        return builtinArray;
    }

    int[] globals() {
        return globals;
    }

    /** Builtin number {@code i} (the d operand of BUILTIN/LBUILTIN). */
    public Builtin builtin(int i) {
        return builtinArray[i];
    }

    public int globalCount() {
        return globals.length;
    }

    /** The value of global number {@code i} after the setup. */
    public int globalValue(int i) {
        return globals[i];
    }

    public List<Code> allCode() {
        return Collections.unmodifiableList(codes);
    }

    public Code code(int id) {
        return codeArray[id];
    }

    public Heap heap() {
        return heap;
    }

    public int heapSize() {
        return heap.size();
    }

    /** The shared memory after the litmus init block and the setup (a copy). */
    public int[] initialMemory() {
        return initialMemory.clone();
    }

    /** The scenario's threads P0, P1... in order. */
    public List<ThreadInfo> threads() {
        return Collections.unmodifiableList(threads);
    }

    public int threadCount() {
        return threads.size();
    }

    /** The after block as a pseudo-thread (index = threadCount()), or null. */
    public ThreadInfo after() {
        return after;
    }

    /** The final condition's predicate, or null when the file has none. */
    public Predicate condition() {
        return condition;
    }

    public Ast.Quantifier quantifier() {
        return scenario.condition() == null ? null : scenario.condition().quantifier();
    }

    /** The filter, or null. */
    public Predicate filter() {
        return filter;
    }

    public List<Shown> shownLocations() {
        return Collections.unmodifiableList(locations);
    }

    public StructType struct(String name) {
        return structs.get(name);
    }

    /** A #define or enum constant, or null. */
    public Integer constant(String name) {
        return constants.get(name);
    }

    /** Function name to the variant this run uses (only functions that have variants). */
    public Map<String, String> variants() {
        return Collections.unmodifiableMap(variants);
    }

    /** The value of a global (library or setup variable) after the setup, or null. */
    public Integer global(String name) {
        int i = globalNames.indexOf(name);
        return i < 0 ? null : globals[i];
    }

    public List<String> globalNames() {
        return Collections.unmodifiableList(globalNames);
    }

    /** Pages each thread may allocate (its per-CPU page pool). */
    public int poolSize() {
        return poolSize;
    }

    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /** Slot of register {@code name} in thread {@code index}'s code, or -1. */
    public int registerSlot(int index, String name) {
        ThreadInfo t = index == threads.size() ? after : threads.get(index);
        return t == null ? -1 : t.code().slot(name);
    }

    /** Whether the MM model library is loaded (struct page exists). */
    public boolean hasMm() {
        return structs.containsKey("page");
    }

    /** Threads that take part in RCU bookkeeping: the scenario's threads and the after block. */
    int rcuThreads() {
        return threads.size() + 1;
    }

    int rcuBase(int srcuCell) {
        int domain = 0;
        if (srcuCell >= 0) {
            for (int i = 0; i < srcuCells.length; i++) {
                if (srcuCells[i] == srcuCell) {
                    domain = i + 1;
                }
            }
        }
        return rcuObjectBase + domain * rcuDomainCells(threads.size() + 1);
    }

    /** Hidden cells of one RCU/SRCU domain for {@code nt} threads: nest and waiters per thread, open, owed. */
    static int rcuDomainCells(int nt) {
        return 2 * nt + 2;
    }

    Heap.Obj allocateInSetup(StructType type, int flexLen) {
        Heap.Obj o = heap.allocate(type, flexLen, type.name + heap.objects().size(), -1, false);
        heap.ensureCells();
        return o;
    }

    int[] setupCells() {
        return heap.rawCells();
    }
}
