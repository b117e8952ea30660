package org.pagelab.engine.sem;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pagelab.engine.lang.Ast.*;
import org.pagelab.engine.lang.Pos;

/**
 * Compiles one function, thread body, setup or after block to {@link Insn}s:
 * three-address code over numbered local slots, where every shared-memory
 * access is one visible instruction carrying its {@link Annot}.
 */
final class FnCompiler {
    enum Kind {
        FUNCTION, THREAD, SETUP, AFTER
    }

    /** A value in a slot, its type, and (for pointers made by &amp;obj->field) the field it points at. */
    record Val(int slot, Type type, Compiler.FieldRef origin) {
    }

    /** An assignable place. */
    record LV(int kind, int slot, Type type, Compiler.FieldRef origin, String text) {
        static final int LOCAL = 0;
        static final int GLOBAL = 1;
        static final int MEM = 2;
    }

    /** A mutable instruction while jumps are patched. */
    static final class IB {
        int op;
        int a;
        int b;
        int c;
        int d;
        int[] args = new int[0];
        Annot annot = Annot.PLAIN;
        RmwOp rmw;
        Pos pos;
        String text;
        Object ref;

        Insn build() {
            return new Insn(op, a, b, c, d, args, annot, rmw, pos, text, ref);
        }
    }

    private static final class Loop {
        final List<IB> breaks = new ArrayList<>();
        final List<IB> continues = new ArrayList<>();
    }

    final Compiler cc;
    final Code code;
    final String file;
    final Kind kind;
    final Type ret;
    int threadIndex = -1;
    private final List<IB> out = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<Type> types = new ArrayList<>();
    private final Deque<Map<String, Integer>> scopes = new ArrayDeque<>();
    private final Map<String, Integer> labels = new HashMap<>();
    private final Map<IB, String> gotos = new LinkedHashMap<>();
    private final Map<IB, Pos> gotoPos = new HashMap<>();
    private final Deque<Loop> loops = new ArrayDeque<>();
    private Pos pos = Pos.NONE;

    FnCompiler(Compiler cc, Code code, String file, Kind kind, Type ret) {
        this.cc = cc;
        this.code = code;
        this.file = file;
        this.kind = kind;
        this.ret = ret;
    }

    private Compiler.CompileError error(Pos p, String msg) {
        return cc.error(file, p, msg);
    }

    // ------------------------------------------------------------------ emit

    private IB emit(int op) {
        IB i = new IB();
        i.op = op;
        i.pos = pos;
        out.add(i);
        return i;
    }

    private int temp(Type t) {
        names.add(null);
        types.add(t);
        return names.size() - 1;
    }

    private int local(String name, Type t, Pos p) {
        Map<String, Integer> scope = scopes.peek();
        if (scope.containsKey(name)) {
            throw error(p, "'" + name + "' is already declared in this scope");
        }
        names.add(name);
        types.add(t);
        int s = names.size() - 1;
        scope.put(name, s);
        return s;
    }

    private int constant(int v) {
        int t = temp(Type.INT_T);
        IB i = emit(Op.CONST);
        i.a = t;
        i.b = v;
        return t;
    }

    private int here() {
        return out.size();
    }

    // ------------------------------------------------------------------ body

    void compileBody(Block body, List<Param> params) {
        scopes.push(new HashMap<>());
        for (Param p : params) {
            local(p.name(), cc.type(p.type(), file), p.pos());
        }
        checkGotoLoops(body);
        if (kind == Kind.SETUP) {
            for (Stmt s : body.stmts()) {
                pos = s.pos();
                List<VarDecl> ds = Compiler.decls(s);
                if (!ds.isEmpty()) {
                    for (VarDecl d : ds) {
                        int g = cc.globalIndex.get(d.name());
                        if (d.init() != null) {
                            Type gt = cc.globalTypeList.get(g);
                            Val v = expr(d.init());
                            checkAssign(gt, v.type, d.init().pos(), "'" + d.name() + "'");
                            IB i = emit(Op.GSTORE);
                            i.a = g;
                            i.b = v.slot;
                        }
                    }
                } else {
                    stmt(s);
                }
            }
        } else {
            for (Stmt s : body.stmts()) {
                stmt(s);
            }
        }
        pos = body.end();
        IB r = emit(Op.RET);
        r.b = -1;
        for (Map.Entry<IB, String> g : gotos.entrySet()) {
            Integer target = labels.get(g.getValue());
            if (target == null) {
                throw error(gotoPos.get(g.getKey()), "unknown label '" + g.getValue() + "'"
                        + Names.suggest(g.getValue(), labels.keySet()));
            }
            g.getKey().a = target;
        }
        Insn[] ins = new Insn[out.size()];
        for (int i = 0; i < ins.length; i++) {
            ins[i] = out.get(i).build();
        }
        code.insns = ins;
        code.nlocals = names.size();
        code.localNames = names.toArray(new String[0]);
        code.localTypes = types.toArray(new Type[0]);
    }

    // ------------------------------------------------------------ statements

    private void stmt(Stmt s) {
        pos = s.pos();
        switch (s) {
            case Block b -> {
                scopes.push(new HashMap<>());
                for (Stmt x : b.stmts()) {
                    stmt(x);
                }
                scopes.pop();
            }
            case VarDecl d -> varDecl(d);
            case Decls ds -> {
                for (VarDecl d : ds.decls()) {
                    varDecl(d);
                }
            }
            case ExprStmt es -> expr(es.expr());
            case If i -> {
                Val c = expr(i.cond());
                IB jz = emit(Op.JZ);
                jz.b = c.slot;
                stmt(i.then());
                if (i.otherwise() != null) {
                    IB j = emit(Op.JMP);
                    jz.a = here();
                    stmt(i.otherwise());
                    j.a = here();
                } else {
                    jz.a = here();
                }
                // c = join pc + 1: the condition controls the branches only (herd7's ctrl)
                jz.c = here() + 1;
            }
            case While w -> {
                checkLoop(w, List.of(w.cond(), w.body()), w.body());
                Loop l = new Loop();
                int head = here();
                pos = w.pos();
                Val c = expr(w.cond());
                IB jz = emit(Op.JZ);
                jz.b = c.slot;
                loops.push(l);
                stmt(w.body());
                loops.pop();
                IB back = emit(Op.JMP);
                back.a = head;
                jz.a = here();
                patch(l.breaks, here());
                patch(l.continues, head);
            }
            case DoWhile dw -> {
                checkLoop(dw, List.of(dw.body(), dw.cond()), dw.body());
                Loop l = new Loop();
                int head = here();
                loops.push(l);
                stmt(dw.body());
                loops.pop();
                int cont = here();
                pos = dw.pos();
                Val c = expr(dw.cond());
                IB jnz = emit(Op.JNZ);
                jnz.b = c.slot;
                jnz.a = head;
                patch(l.breaks, here());
                patch(l.continues, cont);
            }
            case For f -> {
                scopes.push(new HashMap<>());
                if (f.init() != null) {
                    stmt(f.init());
                }
                List<Object> region = new ArrayList<>();
                if (f.cond() != null) {
                    region.add(f.cond());
                }
                region.add(f.body());
                if (f.update() != null) {
                    region.add(f.update());
                }
                checkLoop(f, region, f.body());
                Loop l = new Loop();
                int head = here();
                IB jz = null;
                pos = f.pos();
                if (f.cond() != null) {
                    Val c = expr(f.cond());
                    jz = emit(Op.JZ);
                    jz.b = c.slot;
                }
                loops.push(l);
                stmt(f.body());
                loops.pop();
                int cont = here();
                pos = f.pos();
                if (f.update() != null) {
                    expr(f.update());
                }
                IB back = emit(Op.JMP);
                back.a = head;
                if (jz != null) {
                    jz.a = here();
                }
                patch(l.breaks, here());
                patch(l.continues, cont);
                scopes.pop();
            }
            case Return r -> {
                IB i;
                if (r.value() != null) {
                    if (ret.kind == Type.VOID) {
                        throw error(r.pos(), "a void function cannot return a value");
                    }
                    Val v = expr(r.value());
                    checkAssign(ret, v.type, r.value().pos(), "the return value");
                    i = emit(Op.RET);
                    i.b = v.slot;
                } else {
                    i = emit(Op.RET);
                    i.b = -1;
                }
            }
            case Break b -> {
                if (loops.isEmpty()) {
                    throw error(b.pos(), "'break' outside a loop");
                }
                loops.peek().breaks.add(emit(Op.JMP));
            }
            case Continue c -> {
                if (loops.isEmpty()) {
                    throw error(c.pos(), "'continue' outside a loop");
                }
                loops.peek().continues.add(emit(Op.JMP));
            }
            case Goto g -> {
                IB j = emit(Op.JMP);
                gotos.put(j, g.label());
                gotoPos.put(j, g.pos());
            }
            case Labeled l -> {
                if (labels.containsKey(l.label())) {
                    throw error(l.pos(), "label '" + l.label() + "' is defined twice");
                }
                labels.put(l.label(), here());
                stmt(l.stmt());
            }
            case Empty e -> {
            }
        }
    }

    private void patch(List<IB> jumps, int target) {
        for (IB j : jumps) {
            j.a = target;
        }
    }

    private void varDecl(VarDecl d) {
        pos = d.pos();
        if (d.arraySize() != null) {
            throw error(d.pos(), "local arrays are not supported (locals are CPU registers); use an MM object or "
                    + "a litmus location");
        }
        Type t = cc.type(d.type(), file);
        if (t.kind == Type.VOID) {
            throw error(d.pos(), "a variable cannot be void");
        }
        // C: the variable is in scope in its own initializer (litmus: intptr_t r4 = (r1 != r4);)
        int s = local(d.name(), t, d.pos());
        int init;
        if (d.init() != null) {
            Val v = expr(d.init());
            checkAssign(t, v.type, d.init().pos(), "'" + d.name() + "'");
            init = v.slot;
        } else {
            init = constant(0);
        }
        IB m = emit(Op.MOV);
        m.a = s;
        m.b = init;
    }

    private void checkLoop(Stmt loop, List<Object> region, Stmt body) {
        Set<String> declared = new HashSet<>();
        LoopCheck.collectDeclared(body, declared);
        String problem = LoopCheck.check(loop, region, declared, this::positiveConstant);
        if (problem != null) {
            throw error(loop.pos(), problem);
        }
    }

    /** Backward gotos (retry loops) must not carry state either. */
    private void checkGotoLoops(Block body) {
        LoopCheck.walk(body, o -> {
            if (o instanceof Block b) {
                List<Stmt> st = b.stmts();
                for (int i = 0; i < st.size(); i++) {
                    for (String label : labelsOf(st.get(i))) {
                        for (int j = i; j < st.size(); j++) {
                            Goto g = findGoto(st.get(j), label);
                            if (g != null) {
                                List<Object> region = new ArrayList<>(st.subList(i, j + 1));
                                Set<String> declared = new HashSet<>();
                                for (Object r : region) {
                                    LoopCheck.collectDeclared(r, declared);
                                }
                                String problem = LoopCheck.check(g, region, declared, this::positiveConstant);
                                if (problem != null) {
                                    throw error(g.pos(), problem.replace("unbounded loop", "unbounded retry loop"));
                                }
                            }
                        }
                    }
                }
            }
        });
    }

    /** Whether e is a compile-time constant greater than zero (a loop step). */
    private boolean positiveConstant(Expr e) {
        try {
            return cc.evalConst(e, file) > 0;
        } catch (Compiler.CompileError err) {
            return false;
        }
    }

    private static List<String> labelsOf(Stmt s) {
        List<String> l = new ArrayList<>();
        while (s instanceof Labeled lb) {
            l.add(lb.label());
            s = lb.stmt();
        }
        return l;
    }

    private static Goto findGoto(Stmt s, String label) {
        Goto[] found = new Goto[1];
        LoopCheck.walk(s, o -> {
            if (found[0] == null && o instanceof Goto g && g.label().equals(label)) {
                found[0] = g;
            }
        });
        return found[0];
    }

    // ----------------------------------------------------------- expressions

    private void checkAssign(Type to, Type from, Pos p, String what) {
        if (!to.accepts(from)) {
            throw error(p, "type mismatch: " + what + " is " + to + " but the value is " + from);
        }
    }

    Val expr(Expr e) {
        Pos saved = pos;
        pos = e.pos();
        try {
            return exprInner(e);
        } finally {
            pos = saved;
        }
    }

    private Val exprInner(Expr e) {
        switch (e) {
            case IntLit i -> {
                if (i.value() > 0xFFFF_FFFFL || i.value() < Integer.MIN_VALUE) {
                    throw error(i.pos(), "number " + i.value() + " does not fit in 32 bits");
                }
                return new Val(constant((int) i.value()), Type.INT_T, null);
            }
            case StrLit s -> throw error(s.pos(), "a string can only be an assert() message or a variant name");
            case Name n -> {
                return name(n);
            }
            case RegRef r -> throw error(r.pos(), "'" + r.thread() + ":" + r.reg()
                    + "' names a register in the final condition; inside a thread write just '" + r.reg() + "'");
            case Unary u -> {
                return unary(u);
            }
            case Postfix p -> {
                LV lv = lvalue(p.operand());
                Val old = read(lv);
                int oldCopy = temp(old.type);
                IB m = emit(Op.MOV);
                m.a = oldCopy;
                m.b = old.slot;
                int one = constant(1);
                int nv = temp(old.type);
                IB b = emit(Op.BIN);
                b.a = nv;
                b.b = old.slot;
                b.c = one;
                b.d = p.op().equals("++") ? Op.ADD : Op.SUB;
                write(lv, nv);
                return new Val(oldCopy, old.type, null);
            }
            case Binary b -> {
                return binary(b);
            }
            case Assign a -> {
                return assign(a);
            }
            case Conditional c -> {
                Val cond = expr(c.cond());
                int res = temp(Type.INT_T);
                IB jz = emit(Op.JZ);
                jz.b = cond.slot;
                Val t = expr(c.then());
                IB m1 = emit(Op.MOV);
                m1.a = res;
                m1.b = t.slot;
                IB j = emit(Op.JMP);
                jz.a = here();
                Val f = expr(c.otherwise());
                IB m2 = emit(Op.MOV);
                m2.a = res;
                m2.b = f.slot;
                j.a = here();
                return new Val(res, t.type.kind == Type.INT ? f.type : t.type, null);
            }
            case Call c -> {
                return new Calls(this).call(c);
            }
            case Index ix -> {
                LV lv = lvalue(ix);
                return read(lv);
            }
            case Member m -> {
                Compiler.FieldRef[] origin = new Compiler.FieldRef[1];
                StructType.Field f = fieldOf(m, origin);
                if (f.isArray()) {
                    // an array field decays to a pointer to its first element
                    Val base = structBase(m);
                    int addr = addOffset(base.slot, f.offset());
                    return new Val(addr, Type.ptr(cc.type(f.type(), file)), origin[0]);
                }
                return read(lvalue(m));
            }
            case Cast k -> {
                Val v = expr(k.operand());
                Type t = cc.type(k.type(), file);
                if (t.kind == Type.VOID) {
                    return new Val(v.slot, Type.VOID_T, null);
                }
                return new Val(v.slot, t, v.origin);
            }
            case SizeOf s -> {
                Type t = s.type().isStruct() && s.type().pointers() == 0 && cc.structs.containsKey(s.type().structName())
                        ? null : cc.type(s.type(), file);
                int n = t == null ? cc.structs.get(s.type().structName()).fixedSize() : 1;
                return new Val(constant(n), Type.INT_T, null);
            }
        }
    }

    private Val name(Name n) {
        String id = n.name();
        for (Map<String, Integer> s : scopes) {
            Integer slot = s.get(id);
            if (slot != null) {
                return new Val(slot, types.get(slot), null);
            }
        }
        Integer g = cc.globalIndex.get(id);
        if (g != null) {
            int t = temp(cc.globalTypeList.get(g));
            IB i = emit(Op.GLOAD);
            i.a = t;
            i.b = g;
            return new Val(t, cc.globalTypeList.get(g), null);
        }
        if (cc.defines.containsKey(id)) {
            return new Val(constant(cc.constant(id, n.pos(), file)), Type.INT_T, null);
        }
        switch (id) {
            case "NULL", "false" -> {
                return new Val(constant(0), id.equals("NULL") ? Type.ptr(Type.VOID_T) : Type.INT_T, null);
            }
            case "true" -> {
                return new Val(constant(1), Type.INT_T, null);
            }
            default -> {
            }
        }
        if (cc.locations.containsKey(id)) {
            throw error(n.pos(), "location '" + id + "' must be a parameter of the thread to be used here, as in litmus "
                    + "tests: P0(int *" + id + ")");
        }
        Set<String> known = new HashSet<>(cc.globalIndex.keySet());
        for (Map<String, Integer> s : scopes) {
            known.addAll(s.keySet());
        }
        throw error(n.pos(), "unknown identifier '" + id + "'" + Names.suggest(id, known));
    }

    private Val unary(Unary u) {
        switch (u.op()) {
            case "*" -> {
                return read(lvalue(u));
            }
            case "&" -> {
                LV lv = lvalue(u.operand());
                if (lv.kind != LV.MEM) {
                    throw error(u.pos(), "cannot take the address of '" + Names.print(u.operand())
                            + "': locals and globals are registers, not memory");
                }
                return new Val(lv.slot, Type.ptr(lv.type), lv.origin);
            }
            case "++", "--" -> {
                LV lv = lvalue(u.operand());
                Val old = read(lv);
                int one = constant(1);
                int nv = temp(old.type);
                IB b = emit(Op.BIN);
                b.a = nv;
                b.b = old.slot;
                b.c = one;
                b.d = u.op().equals("++") ? Op.ADD : Op.SUB;
                write(lv, nv);
                return new Val(nv, old.type, null);
            }
            case "+" -> {
                return expr(u.operand());
            }
            default -> {
                Val v = expr(u.operand());
                int t = temp(Type.INT_T);
                IB i = emit(Op.UN);
                i.a = t;
                i.b = v.slot;
                i.d = switch (u.op()) {
                    case "-" -> Op.NEG;
                    case "!" -> Op.NOT;
                    default -> Op.BNOT;
                };
                return new Val(t, Type.INT_T, null);
            }
        }
    }

    private Val binary(Binary b) {
        if (b.op().equals("&&") || b.op().equals("||")) {
            boolean and = b.op().equals("&&");
            int res = temp(Type.INT_T);
            Val l = expr(b.left());
            IB norm1 = emit(Op.UN);
            norm1.a = res;
            norm1.b = l.slot;
            norm1.d = Op.NOT;
            IB norm2 = emit(Op.UN);
            norm2.a = res;
            norm2.b = res;
            norm2.d = Op.NOT;
            IB j = emit(and ? Op.JZ : Op.JNZ);
            j.b = res;
            Val r = expr(b.right());
            IB n1 = emit(Op.UN);
            n1.a = res;
            n1.b = r.slot;
            n1.d = Op.NOT;
            IB n2 = emit(Op.UN);
            n2.a = res;
            n2.b = res;
            n2.d = Op.NOT;
            j.a = here();
            return new Val(res, Type.INT_T, null);
        }
        Val l = expr(b.left());
        Val r = expr(b.right());
        int op = Op.binop(b.op());
        Type t = Type.INT_T;
        if (op == Op.ADD || op == Op.SUB) {
            if (l.type.isStructPtr() || r.type.isStructPtr()) {
                if (!(op == Op.SUB && l.type.isStructPtr() && r.type.isStructPtr())) {
                    throw error(b.pos(), "arithmetic on " + (l.type.isStructPtr() ? l.type : r.type)
                            + " is not supported (objects are not arrays)");
                }
            } else if (l.type.isPtr() && !r.type.isPtr()) {
                t = l.type;
            } else if (r.type.isPtr() && !l.type.isPtr() && op == Op.ADD) {
                t = r.type;
            }
        }
        int res = temp(t);
        IB i = emit(Op.BIN);
        i.a = res;
        i.b = l.slot;
        i.c = r.slot;
        i.d = op;
        return new Val(res, t, null);
    }

    private Val assign(Assign a) {
        LV lv;
        if (a.target() instanceof Name n && kind == Kind.THREAD && !declared(n.name())) {
            // litmus registers need no declaration
            names.add(n.name());
            types.add(Type.INT_T);
            int slot = names.size() - 1;
            scopes.peekLast().put(n.name(), slot);
            lv = new LV(LV.LOCAL, slot, Type.INT_T, null, n.name());
        } else {
            lv = lvalue(a.target());
        }
        int value;
        Type vt;
        if (a.op().equals("=")) {
            Val v = expr(a.value());
            checkAssign(lv.type, v.type, a.value().pos(), "'" + lv.text + "'");
            value = v.slot;
            vt = v.type;
        } else {
            Val old = read(lv);
            Val r = expr(a.value());
            value = temp(old.type);
            IB i = emit(Op.BIN);
            i.a = value;
            i.b = old.slot;
            i.c = r.slot;
            i.d = Op.binop(a.op().substring(0, a.op().length() - 1));
            vt = old.type;
        }
        write(lv, value);
        return new Val(value, vt, null);
    }

    private boolean declared(String name) {
        for (Map<String, Integer> s : scopes) {
            if (s.containsKey(name)) {
                return true;
            }
        }
        return cc.globalIndex.containsKey(name);
    }

    // -------------------------------------------------------------- lvalues

    LV lvalue(Expr e) {
        switch (e) {
            case Name n -> {
                for (Map<String, Integer> s : scopes) {
                    Integer slot = s.get(n.name());
                    if (slot != null) {
                        return new LV(LV.LOCAL, slot, types.get(slot), null, n.name());
                    }
                }
                Integer g = cc.globalIndex.get(n.name());
                if (g != null) {
                    if (kind != Kind.SETUP && !(kind == Kind.FUNCTION)) {
                        throw error(n.pos(), "threads cannot change the global '" + n.name() + "'");
                    }
                    return new LV(LV.GLOBAL, g, cc.globalTypeList.get(g), null, n.name());
                }
                name(n); // reports unknown identifiers
                throw error(n.pos(), "'" + n.name() + "' is a constant");
            }
            case Unary u when u.op().equals("*") -> {
                Val p = expr(u.operand());
                Type t = p.type.deref();
                if (t.kind == Type.STRUCT) {
                    throw error(u.pos(), "cannot use a whole " + t + "; access one of its fields");
                }
                if (t.kind == Type.VOID) {
                    throw error(u.pos(), "cannot dereference a void pointer; cast it first");
                }
                Compiler.FieldRef ref = p.origin != null ? p.origin : new Compiler.FieldRef(null, null, t.name);
                return new LV(LV.MEM, p.slot, t, ref, Names.print(e));
            }
            case Member m -> {
                Compiler.FieldRef[] origin = new Compiler.FieldRef[1];
                StructType.Field f = fieldOf(m, origin);
                if (f.isArray()) {
                    throw error(m.pos(), "'" + f.name() + "' is an array; index it (" + Names.print(m) + "[i])");
                }
                Val base = structBase(m);
                int addr = addOffset(base.slot, f.offset());
                return new LV(LV.MEM, addr, cc.type(f.type(), file), origin[0], Names.print(e));
            }
            case Index ix -> {
                if (ix.base() instanceof Member m) {
                    Compiler.FieldRef[] origin = new Compiler.FieldRef[1];
                    StructType.Field f = fieldOf(m, origin);
                    if (f.isArray()) {
                        Val base = structBase(m);
                        Val idx = expr(ix.index());
                        if (f.length() > 0) {
                            int lim = constant(f.length());
                            int ok = temp(Type.INT_T);
                            IB lt = emit(Op.BIN);
                            lt.a = ok;
                            lt.b = idx.slot;
                            lt.c = lim;
                            lt.d = Op.LT;
                            IB ge = emit(Op.BIN);
                            int ok2 = temp(Type.INT_T);
                            int zero = constant(0);
                            ge.a = ok2;
                            ge.b = idx.slot;
                            ge.c = zero;
                            ge.d = Op.GE;
                            IB both = emit(Op.BIN);
                            both.a = ok;
                            both.b = ok;
                            both.c = ok2;
                            both.d = Op.AND;
                            IB chk = emit(Op.CHECK);
                            chk.b = ok;
                            chk.ref = "oops";
                            chk.text = "index out of range: " + Names.print(ix) + " (" + f.name() + " has " + f.length()
                                    + " entries)";
                        }
                        int addr = addOffset(base.slot, f.offset());
                        int a2 = temp(Type.INT_T);
                        IB add = emit(Op.BIN);
                        add.a = a2;
                        add.b = addr;
                        add.c = idx.slot;
                        add.d = Op.ADD;
                        return new LV(LV.MEM, a2, cc.type(f.type(), file), origin[0], Names.print(e));
                    }
                }
                Val p = expr(ix.base());
                Type t = p.type.deref();
                if (t.kind == Type.STRUCT) {
                    throw error(ix.pos(), "objects are not arrays: cannot index " + p.type);
                }
                Val idx = expr(ix.index());
                int a2 = temp(Type.INT_T);
                IB add = emit(Op.BIN);
                add.a = a2;
                add.b = p.slot;
                add.c = idx.slot;
                add.d = Op.ADD;
                Compiler.FieldRef ref = p.origin != null ? p.origin : new Compiler.FieldRef(null, null, t.name);
                return new LV(LV.MEM, a2, t, ref, Names.print(e));
            }
            case Cast k -> {
                return lvalue(k.operand());
            }
            default -> throw error(e.pos(), "'" + Names.print(e) + "' cannot be assigned or addressed");
        }
    }

    /** The struct type and field of {@code base->field}. */
    private StructType.Field fieldOf(Member m, Compiler.FieldRef[] origin) {
        Type bt = staticType(m.base());
        StructType st;
        if (bt.isStructPtr()) {
            st = bt.pointee.struct;
        } else {
            throw error(m.pos(), "'" + Names.print(m.base()) + "' is " + bt + ", not a pointer to a struct, so it has no "
                    + "field '" + m.field() + "'");
        }
        StructType.Field f = st.field(m.field());
        if (f == null) {
            List<String> fs = new ArrayList<>();
            for (StructType.Field x : st.fields()) {
                fs.add(x.name());
            }
            throw error(m.pos(), "struct " + st.name + " has no field '" + m.field() + "'" + Names.suggest(m.field(), fs));
        }
        origin[0] = new Compiler.FieldRef(st.name, f.name(), f.type().name() + "*".repeat(f.type().pointers()));
        return f;
    }

    /** The type of an expression without emitting code (for member access on it). */
    private Type staticType(Expr e) {
        int mark = out.size();
        int nl = names.size();
        Val v = expr(e);
        Type t = v.type;
        while (out.size() > mark) {
            out.remove(out.size() - 1);
        }
        while (names.size() > nl) {
            names.remove(names.size() - 1);
            types.remove(types.size() - 1);
        }
        return t;
    }

    private Val structBase(Member m) {
        Val base = expr(m.base());
        return base;
    }

    private int addOffset(int slot, int off) {
        if (off == 0) {
            return slot;
        }
        int k = constant(off);
        int t = temp(Type.INT_T);
        IB i = emit(Op.BIN);
        i.a = t;
        i.b = slot;
        i.c = k;
        i.d = Op.ADD;
        return t;
    }

    /** Reads an lvalue: a register move, a global, or a plain memory load (one event). */
    Val read(LV lv) {
        switch (lv.kind) {
            case LV.LOCAL -> {
                return new Val(lv.slot, lv.type, null);
            }
            case LV.GLOBAL -> {
                int t = temp(lv.type);
                IB i = emit(Op.GLOAD);
                i.a = t;
                i.b = lv.slot;
                return new Val(t, lv.type, null);
            }
            default -> {
                return new Val(load(lv.slot, lv.type, Annot.PLAIN, lv.origin, lv.text), lv.type, null);
            }
        }
    }

    void write(LV lv, int value) {
        switch (lv.kind) {
            case LV.LOCAL -> {
                IB i = emit(Op.MOV);
                i.a = lv.slot;
                i.b = value;
            }
            case LV.GLOBAL -> {
                IB i = emit(Op.GSTORE);
                i.a = lv.slot;
                i.b = value;
            }
            default -> store(lv.slot, value, Annot.PLAIN, lv.origin, lv.text);
        }
    }

    int load(int addr, Type t, Annot annot, Compiler.FieldRef ref, String text) {
        int dst = temp(t);
        IB i = emit(Op.LOAD);
        i.a = dst;
        i.b = addr;
        i.annot = annot;
        i.ref = ref;
        i.text = text;
        return dst;
    }

    void store(int addr, int value, Annot annot, Compiler.FieldRef ref, String text) {
        IB i = emit(Op.STORE);
        i.a = addr;
        i.b = value;
        i.annot = annot;
        i.ref = ref;
        i.text = text;
    }

    /** An RMW; returns the destination slot (or -1 when the result is unused). */
    int rmw(boolean result, int addr, RmwOp op, int operand, int operand2, Annot annot, Compiler.FieldRef ref,
            String text) {
        IB i = emit(Op.RMW);
        i.a = result ? temp(Type.INT_T) : -1;
        i.b = addr;
        i.c = operand;
        i.args = operand2 >= 0 ? new int[] {operand2} : new int[0];
        i.rmw = op;
        i.annot = annot;
        i.ref = ref;
        i.text = text;
        return i.a;
    }

    // helpers for Calls
    IB emitRaw(int op) {
        return emit(op);
    }

    int tempRaw(Type t) {
        return temp(t);
    }

    int constRaw(int v) {
        return constant(v);
    }

    int hereRaw() {
        return here();
    }

    Pos posRaw() {
        return pos;
    }

    boolean inSetup() {
        return kind == Kind.SETUP || kind == Kind.FUNCTION;
    }
}
