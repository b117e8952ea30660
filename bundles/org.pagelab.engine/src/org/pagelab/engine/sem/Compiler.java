package org.pagelab.engine.sem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pagelab.engine.lang.Ast;
import org.pagelab.engine.lang.Ast.*;
import org.pagelab.engine.lang.Diagnostic;
import org.pagelab.engine.lang.Parser;
import org.pagelab.engine.lang.Pos;
import org.pagelab.engine.lang.ScenarioException;

/**
 * Compiles a parsed scenario into a {@link Program}: loads the imported
 * library modules, resolves names, types and variants, checks loops, runs
 * the {@code __init} functions and the {@code setup} block to build the
 * initial memory, compiles the threads and the final condition.
 */
public final class Compiler {

    /** What a caller may choose besides the scenario text. */
    public static final class Options {
        /** Function name to variant, overriding the scenario's {@code variant} lines. */
        public final Map<String, String> variants = new LinkedHashMap<>();
        /** Pages each thread may allocate; -1 means the scenario's PAGE_POOL or 2. */
        public int pagePool = -1;
        /** Directory for {@code import "file.pgl";} (the scenario's directory). */
        public Path baseDir;
    }

    final Program prog;
    final Options opt;
    final String file;
    final Map<String, StructType> structs = new LinkedHashMap<>();
    final Map<String, Define> defines = new LinkedHashMap<>();
    final Map<String, Integer> constVals = new HashMap<>();
    private final Set<String> evaluating = new HashSet<>();
    final Map<String, List<Function>> functions = new LinkedHashMap<>();
    final Map<String, String> selected = new LinkedHashMap<>();
    final Map<Function, Code> codeOf = new HashMap<>();
    final Deque<Runnable> pendingBodies = new ArrayDeque<>();
    final Map<String, Integer> globalIndex = new LinkedHashMap<>();
    final Map<String, Pos> globalPos = new HashMap<>();
    final Map<String, Builtin> builtinsByName = new HashMap<>();
    final Map<String, Integer> builtinIndex = new HashMap<>();
    /** Litmus locations by name. */
    final Map<String, Heap.Obj> locations = new LinkedHashMap<>();
    final Map<String, Type> locationTypes = new HashMap<>();
    final List<Global> allGlobals = new ArrayList<>();
    final List<Function> initFunctions = new ArrayList<>();
    /** Fields written by thread code (struct.field), and types written through untyped pointers. */
    final Set<String> writtenFields = new HashSet<>();
    final Set<String> writtenTypes = new HashSet<>();
    ScenarioException pendingError;

    private Compiler(Scenario sc, Options opt) {
        this.prog = new Program(sc);
        this.opt = opt;
        this.file = sc.file();
    }

    /** Compiles with default options. */
    public static Program compile(Scenario sc) throws ScenarioException {
        return compile(sc, new Options());
    }

    public static Program compile(Scenario sc, Options opt) throws ScenarioException {
        Compiler c = new Compiler(sc, opt);
        try {
            c.run();
        } catch (CompileError e) {
            throw new ScenarioException(Diagnostic.error(e.file, e.pos, e.getMessage()));
        }
        return c.prog;
    }

    /** Internal: a located error, converted to {@link ScenarioException} at the top. */
    static final class CompileError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String file;
        final transient Pos pos;

        CompileError(String file, Pos pos, String msg) {
            super(msg, null, false, false);
            this.file = file;
            this.pos = pos;
        }
    }

    CompileError error(String f, Pos pos, String msg) {
        return new CompileError(f, pos == null ? Pos.NONE : pos, msg);
    }

    // ------------------------------------------------------------------ driver

    private void run() {
        Scenario sc = prog.scenario;
        for (Builtin b : Builtins.all()) {
            builtinsByName.put(b.name(), b);
        }
        Set<String> loaded = new HashSet<>();
        collect(sc.items(), file, loaded);
        prog.structs = structs;
        prog.constants = constVals;
        buildStructs();
        for (String name : defines.keySet()) {
            constant(name, defines.get(name).pos(), defines.get(name).file());
        }
        selectVariants(sc);
        prog.variants = new LinkedHashMap<>(selected);
        declareGlobals(sc);
        makeLocations(sc);
        runSetup(sc);
        int pool = opt.pagePool >= 0 ? opt.pagePool
                : constVals.getOrDefault("PAGE_POOL", prog.hasMm() ? 2 : 0);
        prog.poolSize = prog.hasMm() ? pool : 0;
        for (SetupExtension ext : Builtins.extensions()) {
            ext.afterSetup(new SetupExtension.Access(prog));
        }
        prog.heap.freeze();
        prog.initialMemory = prog.heap.cells().clone();
        compileThreads(sc);
        compileConditions(sc);
        finish();
    }

    private void collect(Items items, String f, Set<String> loaded) {
        for (Import imp : items.imports()) {
            String mod = imp.module();
            String key = mod;
            String text;
            String display;
            if (mod.endsWith(".pgl") || mod.endsWith(".litmus")) {
                Path p = (opt.baseDir == null ? Path.of(".") : opt.baseDir).resolve(mod);
                key = p.toAbsolutePath().normalize().toString();
                display = p.toString();
                try {
                    text = Files.readString(p);
                } catch (IOException e) {
                    throw error(f, imp.pos(), "cannot read imported file " + p + ": " + e.getMessage());
                }
            } else {
                text = Library.source(mod);
                display = Library.displayPath(mod);
                if (text == null) {
                    throw error(f, imp.pos(), "unknown library module '" + mod + "' (the kernel model is 'import mm;')");
                }
            }
            if (!loaded.add(key)) {
                continue;
            }
            prog.modules.add(display);
            Items sub;
            try {
                sub = Parser.parseLibrary(display, text);
            } catch (ScenarioException e) {
                Diagnostic d = e.first();
                throw new CompileError(d.file(), new Pos(0, d.line(), d.column()), d.message());
            }
            collect(sub, display, loaded);
        }
        for (StructDef sd : items.structs()) {
            if (structs.containsKey(sd.name())) {
                StructType prev = structs.get(sd.name());
                throw error(sd.file(), sd.pos(), "struct " + sd.name() + " is already defined at "
                        + prev.def.file() + ":" + prev.def.pos());
            }
            structs.put(sd.name(), new StructType(sd.name(), sd));
        }
        for (Define d : items.defines()) {
            Define prev = defines.get(d.name());
            if (prev != null && !prev.file().equals(file) && d.file().equals(file)) {
                // a scenario may override a library tunable (e.g. PAGE_POOL)
            } else if (prev != null) {
                throw error(d.file(), d.pos(), "'" + d.name() + "' is already defined at " + prev.file() + ":"
                        + prev.pos());
            }
            defines.put(d.name(), d);
        }
        for (Function fn : items.functions()) {
            List<Function> list = functions.computeIfAbsent(fn.name(), k -> new ArrayList<>());
            for (Function o : list) {
                if (java.util.Objects.equals(o.variant(), fn.variant())) {
                    throw error(fn.file(), fn.pos(), "function " + fn.name() + "()"
                            + (fn.variant() == null ? "" : " variant \"" + fn.variant() + "\"")
                            + " is already defined at " + o.file() + ":" + o.pos()
                            + (fn.variant() == null ? "; give yours a name with __variant(\"...\") and select it" : ""));
                }
            }
            list.add(fn);
            if (fn.init()) {
                initFunctions.add(fn);
            }
        }
        allGlobals.addAll(items.globals());
    }

    private void buildStructs() {
        for (StructType st : structs.values()) {
            Set<String> seen = new HashSet<>();
            List<Ast.Field> fs = st.def.fields();
            for (int i = 0; i < fs.size(); i++) {
                Ast.Field f = fs.get(i);
                if (!seen.add(f.name())) {
                    throw error(st.def.file(), f.pos(), "duplicate field '" + f.name() + "' in struct " + st.name);
                }
                if (f.type().isStruct() && f.type().pointers() == 0) {
                    throw error(st.def.file(), f.pos(), "embedded structs are not supported; use a pointer (struct "
                            + f.type().structName() + " *" + f.name() + ")");
                }
                if (f.type().isStruct() && !structs.containsKey(f.type().structName())) {
                    throw error(st.def.file(), f.type().pos(), "unknown struct '" + f.type().structName() + "'");
                }
                int len = f.arraySize() == null ? 1 : f.arraySize();
                if (f.sizeName() != null) {
                    if (!defines.containsKey(f.sizeName())) {
                        throw error(st.def.file(), f.pos(), "array size '" + f.sizeName() + "' is not a #define");
                    }
                    len = constant(f.sizeName(), f.pos(), st.def.file());
                    if (len <= 0 || len > 4096) {
                        throw error(st.def.file(), f.pos(), "array size " + f.sizeName() + " = " + len + " is out of range");
                    }
                }
                if (len == -1 && i != fs.size() - 1) {
                    throw error(st.def.file(), f.pos(), "a flexible array member must be the last field");
                }
                st.add(f.name(), len, f.type(), f.doc());
            }
        }
    }

    /** Value of a #define / enum constant. */
    int constant(String name, Pos usePos, String useFile) {
        Integer v = constVals.get(name);
        if (v != null) {
            return v;
        }
        Define d = defines.get(name);
        if (!evaluating.add(name)) {
            throw error(d.file(), d.pos(), "'" + name + "' is defined in terms of itself");
        }
        int val = evalConst(d.value(), d.file());
        evaluating.remove(name);
        constVals.put(name, val);
        return val;
    }

    int evalConst(Expr e, String f) {
        switch (e) {
            case IntLit i -> {
                return (int) i.value();
            }
            case Name n -> {
                if (defines.containsKey(n.name())) {
                    return constant(n.name(), n.pos(), f);
                }
                if (n.name().equals("NULL") || n.name().equals("false")) {
                    return 0;
                }
                if (n.name().equals("true")) {
                    return 1;
                }
                throw error(f, n.pos(), "'" + n.name() + "' is not a constant");
            }
            case Unary u -> {
                int v = evalConst(u.operand(), f);
                return switch (u.op()) {
                    case "-" -> -v;
                    case "+" -> v;
                    case "~" -> ~v;
                    case "!" -> v == 0 ? 1 : 0;
                    default -> throw error(f, u.pos(), "'" + u.op() + "' in a constant");
                };
            }
            case Binary b -> {
                int l = evalConst(b.left(), f);
                int r = evalConst(b.right(), f);
                if (b.op().equals("&&")) {
                    return l != 0 && r != 0 ? 1 : 0;
                }
                if (b.op().equals("||")) {
                    return l != 0 || r != 0 ? 1 : 0;
                }
                int op = Op.binop(b.op());
                if ((op == Op.DIV || op == Op.MOD) && r == 0) {
                    throw error(f, b.pos(), "division by zero in a constant");
                }
                return Op.apply(op, l, r);
            }
            case Conditional c -> {
                return evalConst(c.cond(), f) != 0 ? evalConst(c.then(), f) : evalConst(c.otherwise(), f);
            }
            case Cast c -> {
                return evalConst(c.operand(), f);
            }
            case Call c when c.callee().equals("BIT") && c.args().size() == 1 -> {
                return 1 << evalConst(c.args().get(0), f);
            }
            default -> throw error(f, e.pos(), "expected a constant expression");
        }
    }

    private void selectVariants(Scenario sc) {
        Map<String, Pos> where = new HashMap<>();
        for (VariantSelect v : sc.items().variants()) {
            selected.put(v.function(), v.variant());
            where.put(v.function(), v.pos());
        }
        selected.putAll(opt.variants);
        for (Map.Entry<String, String> e : selected.entrySet()) {
            Pos p = where.getOrDefault(e.getKey(), Pos.NONE);
            List<Function> list = functions.get(e.getKey());
            if (list == null) {
                throw error(file, p, "variant selected for unknown function '" + e.getKey() + "'"
                        + Names.suggest(e.getKey(), functions.keySet()));
            }
            boolean found = false;
            List<String> names = new ArrayList<>();
            for (Function fn : list) {
                String vn = fn.variant() == null ? "default" : fn.variant();
                names.add("\"" + vn + "\"");
                if (vn.equals(e.getValue())) {
                    found = true;
                }
            }
            if (!found) {
                throw error(file, p, "function " + e.getKey() + "() has no variant \"" + e.getValue()
                        + "\" (variants: " + String.join(", ", names) + ")");
            }
        }
        // record the variant in use for every function that has several: the
        // unmarked definition, else the first one
        for (Map.Entry<String, List<Function>> e : functions.entrySet()) {
            if (e.getValue().size() > 1 && !selected.containsKey(e.getKey())) {
                String dflt = null;
                for (Function fn : e.getValue()) {
                    if (fn.variant() == null) {
                        dflt = "default";
                    }
                }
                selected.put(e.getKey(), dflt != null ? dflt : e.getValue().get(0).variant());
            }
        }
    }

    /** The definition of {@code name} this run uses, or null. */
    Function resolve(String name) {
        List<Function> list = functions.get(name);
        if (list == null) {
            return null;
        }
        String v = selected.get(name);
        for (Function fn : list) {
            String vn = fn.variant() == null ? "default" : fn.variant();
            if (v == null ? fn.variant() == null : vn.equals(v)) {
                return fn;
            }
        }
        if (v == null) {
            // only variants exist and none is selected: the first one
            return list.get(0);
        }
        return null;
    }

    // ----------------------------------------------------------------- globals

    final List<Type> globalTypeList = new ArrayList<>();

    int addGlobal(String name, Type t, Pos pos, String f) {
        if (globalIndex.containsKey(name)) {
            throw error(f, pos, "global '" + name + "' is already defined");
        }
        int i = globalIndex.size();
        globalIndex.put(name, i);
        globalPos.put(name, pos);
        globalTypeList.add(t);
        prog.globalNames.add(name);
        prog.globalTypes.add(t);
        prog.globals = Arrays.copyOf(prog.globals, i + 1);
        return i;
    }

    private void declareGlobals(Scenario sc) {
        for (Global g : allGlobals) {
            if (g.decl().arraySize() != null) {
                throw error(g.file(), g.pos(), "global arrays are not supported");
            }
            addGlobal(g.decl().name(), type(g.decl().type(), g.file()), g.pos(), g.file());
        }
        if (sc.setup() != null) {
            for (Stmt s : sc.setup().stmts()) {
                for (VarDecl d : decls(s)) {
                    if (d.arraySize() != null) {
                        throw error(file, d.pos(), "arrays are not supported in setup; allocate objects with __new()");
                    }
                    addGlobal(d.name(), type(d.type(), file), d.pos(), file);
                }
            }
        }
    }

    static List<VarDecl> decls(Stmt s) {
        if (s instanceof VarDecl d) {
            return List.of(d);
        }
        if (s instanceof Decls ds) {
            return ds.decls();
        }
        return List.of();
    }

    /** The static type of a declared C type. */
    Type type(TypeRef t, String f) {
        Type base;
        if (t.isStruct()) {
            StructType st = structs.get(t.structName());
            if (st == null) {
                if (t.pointers() > 0 && isLitmusStruct(t.structName())) {
                    base = Type.integer(t.structName());
                } else {
                    throw error(f, t.pos(), "unknown struct '" + t.structName() + "'"
                            + Names.suggest(t.structName(), structs.keySet()) + (structs.isEmpty()
                                    ? " (MM structs come with the library: add 'import mm;')" : ""));
                }
            } else {
                base = Type.struct(st);
            }
        } else if (t.name().equals("void")) {
            base = Type.VOID_T;
        } else {
            base = Type.integer(t.name());
        }
        for (int i = 0; i < t.pointers(); i++) {
            base = Type.ptr(base);
        }
        if (base.kind == Type.STRUCT) {
            throw error(f, t.pos(), "a struct can only be used through a pointer (" + t.name() + " *)");
        }
        return base;
    }

    /** Structs litmus tests mention without defining them. */
    static boolean isLitmusStruct(String name) {
        return name.equals("srcu_struct") || name.equals("rcu_head") || name.equals("llist_node")
                || name.equals("llist_head");
    }

    // --------------------------------------------------------------- locations

    private void makeLocations(Scenario sc) {
        // names used as locations: init entries, thread parameters not naming a global, condition names
        Map<String, Pos> names = new LinkedHashMap<>();
        Map<String, TypeRef> types = new HashMap<>();
        for (InitEntry e : sc.init()) {
            if (e.thread() == null) {
                if (globalIndex.containsKey(e.name())) {
                    throw error(file, e.pos(), "'" + e.name() + "' is a global of the setup or library, not a litmus location");
                }
                names.putIfAbsent(e.name(), e.pos());
                if (e.type() != null) {
                    types.put(e.name(), e.type());
                }
            }
        }
        List<String> srcu = new ArrayList<>();
        for (Ast.Thread t : sc.threads()) {
            for (Param p : t.params()) {
                if (globalIndex.containsKey(p.name())) {
                    continue;
                }
                if (p.type().pointers() == 0) {
                    throw error(file, p.pos(), "thread parameter '" + p.name() + "' must be a pointer to a location ("
                            + p.type().name() + " *" + p.name() + ") or name a variable of the setup");
                }
                if (p.type().isStruct() && !isLitmusStruct(p.type().structName())) {
                    throw error(file, p.pos(), "no object named '" + p.name() + "': a parameter of type "
                            + p.type() + " must name a variable of the setup block"
                            + Names.suggest(p.name(), globalIndex.keySet()));
                }
                names.putIfAbsent(p.name(), p.pos());
                if (p.type().isStruct() && p.type().structName().equals("srcu_struct") && !srcu.contains(p.name())) {
                    srcu.add(p.name());
                }
                TypeRef pointee = p.type().pointee();
                types.putIfAbsent(p.name(), pointee);
            }
        }
        if (sc.condition() != null) {
            collectCondNames(sc.condition().cond(), names);
        }
        if (sc.filter() != null) {
            collectCondNames(sc.filter(), names);
        }
        for (Expr e : sc.locations()) {
            if (e instanceof Name n && !globalIndex.containsKey(n.name()) && !defines.containsKey(n.name())) {
                names.putIfAbsent(n.name(), n.pos());
            }
        }
        for (Map.Entry<String, Pos> e : names.entrySet()) {
            TypeRef tr = types.get(e.getKey());
            String tn = tr == null ? "int" : tr.isStruct() ? tr.structName() : tr.name();
            Heap.Obj o = prog.heap.allocate(StructType.scalar(tn), 0, e.getKey(), -1, false);
            o.namedByUser = true;
            locations.put(e.getKey(), o);
            locationTypes.put(e.getKey(), tr == null ? Type.INT_T : tr.pointers() > 0
                    ? Type.ptr(Type.INT_T) : Type.integer(tn));
        }
        // hidden RCU/SRCU bookkeeping (see ScMemory): (1 + #srcu) domains x (threads x {nest, waiters}
        // + the open and owed SRCU index sets)
        int nt = sc.threads().size() + 1; // the after block runs as one more thread
        StructType rcu = StructType.scalar("__rcu");
        int cells = (1 + srcu.size()) * Program.rcuDomainCells(nt);
        Heap.Obj first = null;
        for (int i = 0; i < cells; i++) {
            Heap.Obj o = prog.heap.allocate(rcu, 0, "__rcu" + i, -1, true);
            if (first == null) {
                first = o;
            }
        }
        prog.rcuObjectBase = first == null ? 0 : first.base;
        prog.srcuCells = new int[srcu.size()];
        for (int i = 0; i < srcu.size(); i++) {
            prog.srcuCells[i] = locations.get(srcu.get(i)).base;
        }
        prog.heap.ensureCells();
        // initial values
        for (InitEntry e : sc.init()) {
            if (e.thread() != null || e.value() == null) {
                continue;
            }
            int v = initValue(e.value());
            prog.heap.rawCells()[locations.get(e.name()).base] = v;
        }
    }

    private void collectCondNames(Cond c, Map<String, Pos> names) {
        switch (c) {
            case CondAnd a -> {
                collectCondNames(a.left(), names);
                collectCondNames(a.right(), names);
            }
            case CondOr o -> {
                collectCondNames(o.left(), names);
                collectCondNames(o.right(), names);
            }
            case CondImplies i -> {
                collectCondNames(i.left(), names);
                collectCondNames(i.right(), names);
            }
            case CondNot n -> collectCondNames(n.operand(), names);
            case CondAtom a -> {
                for (Expr e : List.of(a.left(), a.right())) {
                    if (e instanceof Name n && !globalIndex.containsKey(n.name()) && !defines.containsKey(n.name())
                            && !n.name().equals("NULL")) {
                        names.putIfAbsent(n.name(), n.pos());
                    }
                }
            }
            default -> {
            }
        }
    }

    /** A litmus initial value: a number, a location (its address), &amp;x, ATOMIC_INIT(n). */
    private int initValue(Expr e) {
        switch (e) {
            case IntLit i -> {
                return (int) i.value();
            }
            case Unary u when u.op().equals("-") -> {
                return -initValue(u.operand());
            }
            case Unary u when u.op().equals("&") && u.operand() instanceof Name n -> {
                return address(n);
            }
            case Name n -> {
                if (defines.containsKey(n.name())) {
                    return constant(n.name(), n.pos(), file);
                }
                if (n.name().equals("NULL")) {
                    return 0;
                }
                return address(n);
            }
            case Cast c -> {
                return initValue(c.operand());
            }
            case Call c when (c.callee().equals("ATOMIC_INIT") || c.callee().equals("ATOMIC_LONG_INIT"))
                    && c.args().size() == 1 -> {
                return initValue(c.args().get(0));
            }
            default -> throw error(file, e.pos(), "expected a number or a location in the initial state");
        }
    }

    /** The address of a litmus location, creating it when first named (herd: y=a makes a exist). */
    private int address(Name n) {
        Heap.Obj o = locations.get(n.name());
        if (o == null) {
            o = prog.heap.allocate(StructType.scalar("int"), 0, n.name(), -1, false);
            o.namedByUser = true;
            prog.heap.ensureCells();
            locations.put(n.name(), o);
            locationTypes.put(n.name(), Type.INT_T);
        }
        return o.pointer();
    }

    // ------------------------------------------------------------------- setup

    private void runSetup(Scenario sc) {
        List<Code> steps = new ArrayList<>();
        for (Function fn : initFunctions) {
            if (!fn.params().isEmpty()) {
                throw error(fn.file(), fn.pos(), "an __init function takes no parameters");
            }
            steps.add(codeFor(fn));
        }
        if (sc.setup() != null) {
            Code c = newCode("setup", null, file, 0);
            FnCompiler fc = new FnCompiler(this, c, file, FnCompiler.Kind.SETUP, Type.VOID_T);
            fc.compileBody(sc.setup(), List.of());
            steps.add(c);
        }
        drain();
        finishCodes();
        Machine m = new Machine(prog);
        m.setSetupMode(true);
        Memory mem = new SetupMemory(prog.heap);
        for (Code c : steps) {
            int[] t = Machine.initialThread(c, new int[0]);
            while (true) {
                Machine.Outcome o = m.step(0, t, mem);
                if (o.kind == Machine.Kind.VIOLATION) {
                    Violation v = o.violation;
                    throw error(o.violationCode == null ? file : o.violationCode.file, v.pos,
                            "the setup fails: " + v.getMessage() + " (" + v.kind + ")");
                }
                if (o.kind == Machine.Kind.BLOCKED) {
                    throw error(c.file, Pos.NONE, "the setup blocks");
                }
                t = o.thread;
                if (o.kind == Machine.Kind.FINISHED) {
                    break;
                }
            }
        }
        // name objects after the setup variables that point at them
        for (Map.Entry<String, Integer> g : globalIndex.entrySet()) {
            int v = prog.globals[g.getValue()];
            if (Heap.isPointer(v)) {
                Heap.Obj o = prog.heap.objectAt(v - Heap.PTR_BASE);
                if (o != null && o.base == v - Heap.PTR_BASE && !o.namedByUser) {
                    o.name = g.getKey();
                    o.namedByUser = true;
                }
            }
        }
    }

    // ----------------------------------------------------------------- threads

    Code newCode(String name, String variant, String f, int nparams) {
        Code c = new Code(prog.codes.size(), name, variant, f, nparams);
        prog.codes.add(c);
        return c;
    }

    /** The code of a library or scenario function (compiled on first use). */
    Code codeFor(Function fn) {
        Code c = codeOf.get(fn);
        if (c != null) {
            return c;
        }
        c = newCode(fn.name(), fn.variant(), fn.file(), fn.params().size());
        codeOf.put(fn, c);
        Code code = c;
        Type ret = type(fn.returnType(), fn.file());
        pendingBodies.add(() -> {
            FnCompiler fc = new FnCompiler(this, code, fn.file(), FnCompiler.Kind.FUNCTION, ret);
            fc.compileBody(fn.body(), fn.params());
        });
        return c;
    }

    void drain() {
        while (!pendingBodies.isEmpty()) {
            pendingBodies.poll().run();
        }
    }

    /** Arrays for the machine (codes and builtins may grow between phases). */
    private void finishCodes() {
        prog.codeArray = prog.codes.toArray(new Code[0]);
        prog.builtinArray = prog.builtins.toArray(new Builtin[0]);
    }

    /** Index of a struct type in the program's allocation table (for __new). */
    int allocType(StructType st) {
        int i = prog.allocTypes.indexOf(st);
        if (i < 0) {
            prog.allocTypes.add(st);
            i = prog.allocTypes.size() - 1;
        }
        return i;
    }

    int builtin(Builtin b) {
        Integer i = builtinIndex.get(b.name());
        if (i == null) {
            i = prog.builtins.size();
            prog.builtins.add(b);
            builtinIndex.put(b.name(), i);
        }
        return i;
    }

    private void compileThreads(Scenario sc) {
        Set<String> condRegs = new HashSet<>();
        for (Ast.Thread t : sc.threads()) {
            Code c = newCode(t.displayName(), null, file, t.params().size());
            FnCompiler fc = new FnCompiler(this, c, file, FnCompiler.Kind.THREAD, Type.VOID_T);
            fc.threadIndex = t.index();
            fc.compileBody(t.body(), t.params());
            int[] params = new int[t.params().size()];
            for (int i = 0; i < params.length; i++) {
                Param p = t.params().get(i);
                Integer gi = globalIndex.get(p.name());
                if (gi != null) {
                    Type gt = globalTypeList.get(gi);
                    Type pt = type(p.type(), file);
                    if (!pt.accepts(gt)) {
                        throw error(file, p.pos(), "parameter '" + p.name() + "' is declared " + pt + " but the setup's "
                                + p.name() + " is " + gt);
                    }
                    params[i] = prog.globals[gi];
                } else {
                    params[i] = locations.get(p.name()).pointer();
                }
            }
            prog.threads.add(new Program.ThreadInfo(t.index(), t.displayName(), t.daemon(), c, null, t.pos()));
        }
        if (sc.after() != null) {
            Code c = newCode("after", null, file, 0);
            FnCompiler fc = new FnCompiler(this, c, file, FnCompiler.Kind.AFTER, Type.VOID_T);
            fc.threadIndex = sc.threads().size();
            fc.compileBody(sc.after(), List.of());
            prog.after = new Program.ThreadInfo(sc.threads().size(), "after", false, c, null, sc.after().pos());
        }
        drain();
        // initial thread states, with litmus register initialisations
        List<Program.ThreadInfo> done = new ArrayList<>();
        for (int ti = 0; ti < prog.threads.size(); ti++) {
            Program.ThreadInfo t = prog.threads.get(ti);
            Ast.Thread at = sc.threads().get(ti);
            int[] params = new int[at.params().size()];
            for (int i = 0; i < params.length; i++) {
                Param p = at.params().get(i);
                Integer gi = globalIndex.get(p.name());
                params[i] = gi != null ? prog.globals[gi] : locations.get(p.name()).pointer();
            }
            int[] st = Machine.initialThread(t.code(), params);
            for (InitEntry e : sc.init()) {
                if (e.thread() != null && threadIndex(e.thread(), e.pos()) == ti && e.value() != null) {
                    int slot = t.code().slot(e.name());
                    if (slot < 0) {
                        throw error(file, e.pos(), t.name() + " has no register '" + e.name() + "'");
                    }
                    st[5 + slot] = initValue(e.value());
                }
            }
            done.add(new Program.ThreadInfo(t.index(), t.name(), t.daemon(), t.code(), st, t.pos()));
        }
        prog.threads.clear();
        prog.threads.addAll(done);
        if (prog.after != null) {
            Program.ThreadInfo a = prog.after;
            prog.after = new Program.ThreadInfo(a.index(), a.name(), false, a.code(),
                    Machine.initialThread(a.code(), new int[0]), a.pos());
        }
        condRegs.size();
    }

    int threadIndex(String ref, Pos pos) {
        List<Ast.Thread> ts = prog.scenario.threads();
        if (ref.matches("\\d+")) {
            int i = Integer.parseInt(ref);
            if (i >= 0 && i < ts.size()) {
                return i;
            }
            throw error(file, pos, "there is no thread P" + ref + " (threads: P0..P" + (ts.size() - 1) + ")");
        }
        for (Ast.Thread t : ts) {
            if (ref.equals(t.name())) {
                return t.index();
            }
        }
        if (ref.equals("after") && prog.scenario.after() != null) {
            return ts.size();
        }
        List<String> names = new ArrayList<>();
        for (Ast.Thread t : ts) {
            if (t.name() != null) {
                names.add(t.name());
            }
        }
        throw error(file, pos, "there is no thread named '" + ref + "'" + Names.suggest(ref, names));
    }

    // --------------------------------------------------------------- condition

    private void compileConditions(Scenario sc) {
        CondCompiler cc = new CondCompiler(this);
        if (sc.condition() != null) {
            prog.condition = cc.pred(sc.condition().cond());
        }
        if (sc.filter() != null) {
            prog.filter = cc.pred(sc.filter());
        }
        cc.lenient = true;
        for (Expr e : sc.locations()) {
            prog.locations.add(new Program.Shown(cc.text(e), cc.term(e, false).term()));
        }
    }

    // ------------------------------------------------------------------ finish

    private void finish() {
        finishCodes();
        // code reachable from threads and the after block
        Set<Code> reach = new HashSet<>();
        Deque<Code> work = new ArrayDeque<>();
        for (Program.ThreadInfo t : prog.threads) {
            work.add(t.code());
        }
        if (prog.after != null) {
            work.add(prog.after.code());
        }
        Set<Code> threadReach = new HashSet<>();
        while (!work.isEmpty()) {
            Code c = work.poll();
            if (!reach.add(c)) {
                continue;
            }
            boolean fromAfter = prog.after != null && c == prog.after.code();
            if (!fromAfter) {
                threadReach.add(c);
            }
            for (Insn in : c.insns) {
                if (in.op == Op.CALL) {
                    work.add((Code) in.ref);
                }
                if (in.op == Op.GSTORE) {
                    throw error(c.file, in.pos, "threads cannot change the global '" + prog.globalNames.get(in.a)
                            + "': globals are set by the setup; keep shared state in MM objects or locations");
                }
                if ((in.op == Op.BUILTIN || in.op == Op.LBUILTIN) && prog.builtinArray[in.d].setupOnly()) {
                    throw error(c.file, in.pos, prog.builtinArray[in.d].name() + "() may only be called from setup");
                }
            }
        }
        // which fields thread code writes (reads of the others need no step)
        Set<Code> writers = new HashSet<>();
        for (Code c : reach) {
            boolean isAfter = prog.after != null && c == prog.after.code();
            if (isAfter) {
                continue;
            }
            writers.add(c);
        }
        for (Code c : writers) {
            if (!threadReach.contains(c)) {
                continue;
            }
            for (Insn in : c.insns) {
                switch (in.op) {
                    case Op.STORE, Op.RMW, Op.LOCK, Op.UNLOCK, Op.TRYLOCK -> markWrite(in.ref);
                    case Op.BUILTIN -> {
                        for (String f : prog.builtinArray[in.d].writesFields()) {
                            writtenFields.add(f);
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        for (Code c : prog.codes) {
            Insn[] ins = c.insns;
            for (int i = 0; i < ins.length; i++) {
                Insn in = ins[i];
                if (in.op == Op.LOAD && in.annot == Annot.PLAIN && in.ref instanceof FieldRef fr && !mutable(fr)) {
                    ins[i] = new Insn(Op.LOADC, in.a, in.b, in.c, in.d, in.args, in.annot, in.rmw, in.pos, in.text,
                            in.ref);
                }
            }
        }
        // liveness: keep the registers the condition and locations read
        for (Code c : prog.codes) {
            long[] keep = null;
            for (Program.ThreadInfo t : allThreads()) {
                if (t.code() == c) {
                    keep = new long[(c.nlocals + 63) >>> 6];
                    for (int i = 0; i < c.nlocals; i++) {
                        if (c.localNames[i] != null && observed(t.index(), c.localNames[i])) {
                            keep[i >>> 6] |= 1L << i;
                        }
                    }
                }
            }
            Liveness.compute(c, keep);
        }
    }

    private List<Program.ThreadInfo> allThreads() {
        List<Program.ThreadInfo> l = new ArrayList<>(prog.threads);
        if (prog.after != null) {
            l.add(prog.after);
        }
        return l;
    }

    final Set<String> observedRegs = new HashSet<>();

    private boolean observed(int thread, String reg) {
        return observedRegs.contains(thread + ":" + reg) || observedRegs.contains("*:" + reg);
    }

    /**
     * The struct field (or, through a plain pointer, the pointee type) an
     * access targets: for the mutability analysis and the static footprints.
     */
    public record FieldRef(String struct, String field, String typeName) {
    }

    private void markWrite(Object ref) {
        if (ref instanceof FieldRef fr) {
            if (fr.field != null) {
                writtenFields.add(fr.struct + "." + fr.field);
            } else {
                writtenTypes.add(fr.typeName);
            }
        } else {
            writtenTypes.add("*");
        }
    }

    private boolean mutable(FieldRef fr) {
        if (fr.field == null || writtenTypes.contains("*") || writtenTypes.contains(fr.typeName)) {
            return true;
        }
        return writtenFields.contains(fr.struct + "." + fr.field) || writtenFields.contains(fr.struct + ".*");
    }
}
