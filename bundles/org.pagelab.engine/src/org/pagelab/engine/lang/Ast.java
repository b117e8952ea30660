package org.pagelab.engine.lang;

import java.util.List;

/**
 * The syntax tree of a scenario or litmus file, with source positions.
 * Everything is an immutable record; {@link Parser} builds it, the semantic
 * layer ({@code org.pagelab.engine.sem}) compiles it.
 *
 * <p>Entry point: {@link Parser#parseScenario(String, String)} gives a
 * {@link Scenario}; {@link Parser#parseLibrary(String, String)} gives the
 * top-level items of a library module.
 */
public final class Ast {
    private Ast() {
    }

    // ------------------------------------------------------------------ types

    /**
     * A C type as written: base name ("int", "intptr_t", "struct page",
     * "spinlock_t"), the number of '*', and const-ness.
     */
    public record TypeRef(Pos pos, String name, int pointers) {
        public boolean isStruct() {
            return name.startsWith("struct ");
        }

        /** "struct page" gives "page"; other names are returned as is. */
        public String structName() {
            return isStruct() ? name.substring(7) : name;
        }

        public TypeRef pointee() {
            return new TypeRef(pos, name, Math.max(0, pointers - 1));
        }

        @Override
        public String toString() {
            return name + (pointers > 0 ? " " + "*".repeat(pointers) : "");
        }
    }

    // ------------------------------------------------------------ expressions

    /** An expression. */
    public sealed interface Expr permits IntLit, StrLit, Name, RegRef, Unary, Postfix, Binary, Assign,
            Conditional, Call, Index, Member, Cast, SizeOf {
        Pos pos();
    }

    public record IntLit(Pos pos, long value) implements Expr {
    }

    public record StrLit(Pos pos, String value) implements Expr {
    }

    public record Name(Pos pos, String name) implements Expr {
    }

    /** {@code 0:r1} or {@code dio:r1} in conditions and the init block. */
    public record RegRef(Pos pos, String thread, String reg) implements Expr {
    }

    /** Prefix operators: - + ! ~ * (dereference) & (address) ++ --. */
    public record Unary(Pos pos, String op, Expr operand) implements Expr {
    }

    /** Postfix ++ and --. */
    public record Postfix(Pos pos, String op, Expr operand) implements Expr {
    }

    public record Binary(Pos pos, String op, Expr left, Expr right) implements Expr {
    }

    /** Assignment, op is "=" or a compound operator such as "+=". */
    public record Assign(Pos pos, String op, Expr target, Expr value) implements Expr {
    }

    public record Conditional(Pos pos, Expr cond, Expr then, Expr otherwise) implements Expr {
    }

    /**
     * A call {@code f(args)}. A type argument (as in {@code __new(struct page)})
     * is carried in {@code typeArg}.
     */
    public record Call(Pos pos, String callee, List<Expr> args, TypeRef typeArg) implements Expr {
    }

    public record Index(Pos pos, Expr base, Expr index) implements Expr {
    }

    /** {@code base.field} or {@code base->field}; both mean the same on MM objects. */
    public record Member(Pos pos, Expr base, String field, boolean arrow) implements Expr {
    }

    public record Cast(Pos pos, TypeRef type, Expr operand) implements Expr {
    }

    public record SizeOf(Pos pos, TypeRef type) implements Expr {
    }

    // ------------------------------------------------------------- statements

    public sealed interface Stmt permits Block, VarDecl, Decls, ExprStmt, If, While, DoWhile, For, Return, Break,
            Continue, Goto, Labeled, Empty {
        Pos pos();
    }

    public record Block(Pos pos, List<Stmt> stmts, Pos end) implements Stmt {
    }

    /** A local variable; {@code arraySize} is null for scalars. */
    public record VarDecl(Pos pos, TypeRef type, String name, Expr init, Integer arraySize) implements Stmt {
    }

    /** Several declarators in one declaration: {@code int a, b = 1;}. */
    public record Decls(Pos pos, List<VarDecl> decls) implements Stmt {
    }

    public record ExprStmt(Pos pos, Expr expr) implements Stmt {
    }

    public record If(Pos pos, Expr cond, Stmt then, Stmt otherwise) implements Stmt {
    }

    public record While(Pos pos, Expr cond, Stmt body) implements Stmt {
    }

    public record DoWhile(Pos pos, Stmt body, Expr cond) implements Stmt {
    }

    /** {@code for (init; cond; update) body}; every part but the body may be null. */
    public record For(Pos pos, Stmt init, Expr cond, Expr update, Stmt body) implements Stmt {
    }

    public record Return(Pos pos, Expr value) implements Stmt {
    }

    public record Break(Pos pos) implements Stmt {
    }

    public record Continue(Pos pos) implements Stmt {
    }

    public record Goto(Pos pos, String label) implements Stmt {
    }

    public record Labeled(Pos pos, String label, Stmt stmt) implements Stmt {
    }

    public record Empty(Pos pos) implements Stmt {
    }

    // -------------------------------------------------------------- top level

    public record Param(Pos pos, TypeRef type, String name) {
    }

    /**
     * A function of the kernel library or of a scenario. {@code variant} is
     * the name given with {@code __variant("v2")}, or null for the default
     * definition.
     */
    public record Function(Pos pos, String file, TypeRef returnType, String name, List<Param> params, String variant,
            String doc, Block body, boolean init) {
    }

    /**
     * A global variable of a library module or scenario. Globals are set by
     * {@code __init} functions and the {@code setup} block and are constants
     * for the threads.
     */
    public record Global(Pos pos, String file, VarDecl decl, String doc) {
    }

    /**
     * A field of a struct; {@code arraySize} null for scalars, -1 for a
     * flexible array member; {@code sizeName} the #define naming the size
     * (then arraySize is null).
     */
    public record Field(Pos pos, TypeRef type, String name, Integer arraySize, String doc, String sizeName) {
    }

    public record StructDef(Pos pos, String file, String name, List<Field> fields, String doc) {
    }

    /** {@code #define NAME value} or an enum constant. */
    public record Define(Pos pos, String file, String name, Expr value) {
    }

    /** {@code import mm;} */
    public record Import(Pos pos, String module) {
    }

    /** {@code variant try_to_unmap_one = "v2";} */
    public record VariantSelect(Pos pos, String function, String variant) {
    }

    /**
     * One entry of the litmus initial-state block: {@code x=1}, {@code int x = 1},
     * {@code int *p=&x}, {@code int * 1:r1}, {@code 0:r1=1}, {@code atomic_t z = ATOMIC_INIT(0)}.
     * {@code thread} is non-null for a register; type and value may be null.
     */
    public record InitEntry(Pos pos, TypeRef type, String thread, String name, Expr value) {
    }

    /**
     * A thread: {@code P0(...) { }} or {@code P0:dio(...) { }}; {@code daemon}
     * threads (a monitor's endless loop) need not finish for an execution to end.
     */
    public record Thread(Pos pos, int index, String name, List<Param> params, Block body, boolean daemon) {
        /** The readable name: the given one, or "P0". */
        public String displayName() {
            return name != null ? name : "P" + index;
        }
    }

    // -------------------------------------------------------------- condition

    public sealed interface Cond permits CondAnd, CondOr, CondNot, CondImplies, CondAtom, CondViolation, CondConst {
        Pos pos();
    }

    public record CondAnd(Pos pos, Cond left, Cond right) implements Cond {
    }

    public record CondOr(Pos pos, Cond left, Cond right) implements Cond {
    }

    public record CondNot(Pos pos, Cond operand) implements Cond {
    }

    public record CondImplies(Pos pos, Cond left, Cond right) implements Cond {
    }

    /**
     * {@code left op right} with op one of = != &lt; &lt;= &gt; &gt;=. On the
     * right, a bare location name means its address (herd: {@code 0:r1=x}).
     */
    public record CondAtom(Pos pos, Expr left, String op, Expr right) implements Cond {
    }

    /**
     * {@code violation}, {@code violation(name)}, {@code deadlock},
     * {@code livelock}; name null means any violation.
     */
    public record CondViolation(Pos pos, String name) implements Cond {
    }

    public record CondConst(Pos pos, boolean value) implements Cond {
    }

    public enum Quantifier {
        EXISTS("exists"), NOT_EXISTS("~exists"), FORALL("forall");

        private final String text;

        Quantifier(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    public record FinalCondition(Pos pos, Quantifier quantifier, Cond cond) {
    }

    /** The expected verdict from a {@code Result:} comment. */
    public enum Verdict {
        NEVER("Never"), SOMETIMES("Sometimes"), ALWAYS("Always");

        private final String text;

        Verdict(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }

        /** Parses Never/Sometimes/Always (case-insensitive), or null. */
        public static Verdict parse(String s) {
            for (Verdict v : values()) {
                if (v.text.equalsIgnoreCase(s)) {
                    return v;
                }
            }
            return null;
        }
    }

    /** Top-level items that can appear both in scenarios and library modules. */
    public record Items(List<Import> imports, List<VariantSelect> variants, List<Define> defines,
            List<StructDef> structs, List<Function> functions, List<Global> globals) {
    }

    /**
     * A parsed scenario or litmus file.
     *
     * @param arch      the architecture word of the header ("C")
     * @param result    the text after "Result:" in the header comment, or null
     * @param expected  the expected verdict when result starts with Never/Sometimes/Always
     * @param setup     code run once before the threads (null if absent)
     * @param after     code run once after all threads finished (null if absent)
     * @param locations the {@code locations [...]} list (printed in results)
     * @param filter    the {@code filter (...)} clause, or null
     * @param condition the final condition, or null when the file has none
     */
    public record Scenario(String file, String arch, String name, Pos namePos, List<Lexer.Comment> comments,
            String result, Verdict expected, Items items, List<InitEntry> init, Block setup, List<Thread> threads,
            Block after, List<Expr> locations, Cond filter, FinalCondition condition) {
    }
}
