package org.pagelab.engine.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pagelab.engine.lang.Ast.*;

/**
 * Recursive-descent parser for scenario files (a superset of the LKMM C
 * litmus dialect) and kernel library modules. Errors are thrown as
 * {@link ScenarioException} with {@code file:line:column} and what was
 * expected.
 */
public final class Parser {
    /** Words that start a type (besides {@code struct}). */
    static final Set<String> TYPE_WORDS = Set.of("void", "char", "short", "int", "long", "unsigned", "signed",
            "bool", "_Bool", "intptr_t", "uintptr_t", "size_t", "ssize_t", "atomic_t", "atomic_long_t",
            "spinlock_t", "pte_t", "pmd_t", "pgoff_t", "swp_entry_t", "vm_fault_t", "gfp_t", "u8", "u16", "u32",
            "u64", "s8", "s16", "s32", "s64", "pgprot_t", "vm_flags_t", "fmode_t", "loff_t", "const", "volatile",
            "static", "inline", "register", "rwlock_t", "seqcount_t");
    private static final Set<String> QUALIFIERS = Set.of("const", "volatile", "static", "inline", "register");
    private static final Pattern RESULT = Pattern.compile("Result:\\s*([^\\n\\r]*)");
    private static final Pattern THREAD = Pattern.compile("P(\\d+)");

    private final String file;
    private final List<Token> toks;
    private final List<Lexer.Comment> comments;
    private int p;

    private Parser(String file, Lexer.Result lexed) {
        this.file = file;
        this.toks = lexed.tokens();
        this.comments = lexed.comments();
    }

    /** Parses a scenario or .litmus file (header {@code C name} first). */
    public static Scenario parseScenario(String file, String text) throws ScenarioException {
        Parser ps = new Parser(file, Lexer.lex(file, text));
        return ps.scenario();
    }

    /** Parses a library module: structs, #defines, enums, functions (no header, threads or condition). */
    public static Items parseLibrary(String file, String text) throws ScenarioException {
        Parser ps = new Parser(file, Lexer.lex(file, text, false));
        return ps.library();
    }

    // ---------------------------------------------------------------- helpers

    private Token peek() {
        return toks.get(p);
    }

    private Token peek(int k) {
        return toks.get(Math.min(p + k, toks.size() - 1));
    }

    private Token next() {
        Token t = toks.get(p);
        if (t.kind() != Token.Kind.EOF) {
            p++;
        }
        return t;
    }

    private ScenarioException error(Pos pos, String msg) {
        return new ScenarioException(Diagnostic.error(file, pos, msg));
    }

    private ScenarioException expected(String what) {
        Token t = peek();
        return error(t.pos(), "expected " + what + ", found " + t.describe());
    }

    private boolean accept(String punct) {
        if (peek().isPunct(punct)) {
            p++;
            return true;
        }
        return false;
    }

    private Token expect(String punct) throws ScenarioException {
        if (!peek().isPunct(punct)) {
            throw expected("'" + punct + "'");
        }
        return next();
    }

    private boolean isWord(String w) {
        return peek().kind() == Token.Kind.IDENT && peek().text().equals(w);
    }

    private String ident(String what) throws ScenarioException {
        if (peek().kind() != Token.Kind.IDENT) {
            throw expected(what);
        }
        return next().text();
    }

    // ----------------------------------------------------------------- header

    private Scenario scenario() throws ScenarioException {
        Token archTok = peek();
        if (archTok.kind() != Token.Kind.IDENT) {
            throw error(archTok.pos(), "expected the header 'C <name>' (as in litmus tests), found " + archTok.describe());
        }
        next();
        Token nameTok = next();
        if (nameTok.kind() != Token.Kind.NAME || nameTok.text().isEmpty()) {
            throw error(nameTok.pos(), "expected a test name after '" + archTok.text() + "' on the first line");
        }
        if (!archTok.text().equals("C")) {
            throw error(archTok.pos(), "expected the architecture 'C' (only C litmus tests and scenarios are supported), found '"
                    + archTok.text() + "'");
        }
        String result = null;
        for (Lexer.Comment c : comments) {
            Matcher m = RESULT.matcher(c.text());
            if (m.find()) {
                result = m.group(1).strip();
                break;
            }
        }
        Verdict expectedVerdict = null;
        if (result != null && !result.isEmpty()) {
            expectedVerdict = Verdict.parse(result.split("[\\s,;.]+")[0]);
        }

        ItemsBuilder items = new ItemsBuilder();
        List<InitEntry> init = null;
        Block setup = null;
        Block after = null;
        List<Ast.Thread> threads = new ArrayList<>();
        List<Expr> locations = new ArrayList<>();
        Cond filter = null;
        FinalCondition condition = null;
        while (peek().kind() != Token.Kind.EOF) {
            Token t = peek();
            if (condition != null) {
                throw error(t.pos(), "expected end of file after the final condition, found " + t.describe());
            }
            if (t.isPunct("{")) {
                if (init != null) {
                    throw error(t.pos(), "a second initial-state block; merge it with the first");
                }
                if (!threads.isEmpty()) {
                    throw error(t.pos(), "the initial-state block '{ ... }' must come before the threads");
                }
                init = initBlock();
            } else if (t.kind() == Token.Kind.IDENT && (THREAD.matcher(t.text()).matches() || t.text().equals("daemon"))) {
                Ast.Thread th = thread();
                if (th.index() != threads.size()) {
                    throw error(th.pos(), "expected thread P" + threads.size() + ", found P" + th.index()
                            + " (threads are numbered from P0 in order)");
                }
                for (Ast.Thread o : threads) {
                    if (th.name() != null && th.name().equals(o.name())) {
                        throw error(th.pos(), "thread name '" + th.name() + "' is already used by P" + o.index());
                    }
                }
                threads.add(th);
            } else if (isWord("setup") && peek(1).isPunct("{")) {
                if (setup != null) {
                    throw error(t.pos(), "a second setup block");
                }
                next();
                setup = block();
            } else if (isWord("after") && peek(1).isPunct("{")) {
                if (after != null) {
                    throw error(t.pos(), "a second after block");
                }
                next();
                after = block();
            } else if (isWord("locations")) {
                next();
                expect("[");
                while (!peek().isPunct("]")) {
                    locations.add(condTerm());
                    if (!accept(";") && !peek().isPunct("]")) {
                        throw expected("';' or ']' in the locations list");
                    }
                }
                expect("]");
            } else if (isWord("filter")) {
                next();
                filter = cond();
            } else if (isWord("exists") || isWord("forall") || (t.isPunct("~") && peek(1).is("exists"))) {
                Pos cp = t.pos();
                Quantifier q;
                if (t.isPunct("~")) {
                    next();
                    next();
                    q = Quantifier.NOT_EXISTS;
                } else {
                    q = next().text().equals("exists") ? Quantifier.EXISTS : Quantifier.FORALL;
                }
                condition = new FinalCondition(cp, q, cond());
            } else {
                topItem(items, true);
            }
        }
        return new Scenario(file, archTok.text(), nameTok.text(), nameTok.pos(), List.copyOf(comments), result,
                expectedVerdict, items.build(), init == null ? List.of() : init, setup, threads, after, locations,
                filter, condition);
    }

    private Items library() throws ScenarioException {
        ItemsBuilder items = new ItemsBuilder();
        while (peek().kind() != Token.Kind.EOF) {
            topItem(items, false);
        }
        return items.build();
    }

    private static final class ItemsBuilder {
        final List<Import> imports = new ArrayList<>();
        final List<VariantSelect> variants = new ArrayList<>();
        final List<Define> defines = new ArrayList<>();
        final List<StructDef> structs = new ArrayList<>();
        final List<Function> functions = new ArrayList<>();
        final List<Global> globals = new ArrayList<>();

        Items build() {
            return new Items(imports, variants, defines, structs, functions, globals);
        }
    }

    private void topItem(ItemsBuilder items, boolean scenario) throws ScenarioException {
        Token t = peek();
        if (t.kind() == Token.Kind.DEFINE) {
            next();
            Expr v = expr();
            if (peek().kind() != Token.Kind.END_DEFINE) {
                throw expected("end of line after the #define value");
            }
            next();
            items.defines.add(new Define(t.pos(), file, t.text(), v));
            return;
        }
        if (isWord("import")) {
            next();
            Pos mp = peek().pos();
            StringBuilder mod = new StringBuilder();
            if (peek().kind() == Token.Kind.STRING) {
                mod.append(next().text());
            } else {
                mod.append(ident("a library module name (e.g. 'import mm;')"));
                while (peek().isPunct("/") || peek().isPunct(".")) {
                    next();
                    mod.append('/').append(ident("a module name"));
                }
            }
            expect(";");
            items.imports.add(new Import(mp, mod.toString()));
            return;
        }
        if (isWord("variant") && peek(1).kind() == Token.Kind.IDENT) {
            next();
            Pos vp = peek().pos();
            String fn = ident("a function name");
            expect("=");
            if (peek().kind() != Token.Kind.STRING) {
                throw expected("a variant name in quotes, e.g. \"v2\"");
            }
            String v = next().text();
            expect(";");
            items.variants.add(new VariantSelect(vp, fn, v));
            return;
        }
        if (isWord("enum")) {
            next();
            if (peek().kind() == Token.Kind.IDENT) {
                next();
            }
            expect("{");
            Expr prev = null;
            while (!peek().isPunct("}")) {
                Token nt = peek();
                String name = ident("an enum constant");
                Expr v;
                if (accept("=")) {
                    v = conditional();
                } else {
                    v = prev == null ? new IntLit(nt.pos(), 0)
                            : new Binary(nt.pos(), "+", prev, new IntLit(nt.pos(), 1));
                }
                items.defines.add(new Define(nt.pos(), file, name, v));
                prev = new Name(nt.pos(), name);
                if (!accept(",")) {
                    break;
                }
            }
            expect("}");
            expect(";");
            return;
        }
        if (isWord("struct") && peek(1).kind() == Token.Kind.IDENT && peek(2).isPunct("{")) {
            items.structs.add(structDef());
            return;
        }
        if (isWord("__variant") || isWord("__init") || isTypeStart(t)) {
            function(items);
            return;
        }
        if (scenario) {
            throw error(t.pos(), "expected the initial state '{ ... }', a thread 'P0(...) { ... }', setup/after block, "
                    + "function, import, or the final condition (exists/~exists/forall), found " + t.describe());
        }
        throw error(t.pos(), "expected a function, struct, enum or #define, found " + t.describe());
    }

    private String docBefore(Pos pos) {
        int prevOffset = p > 0 ? toks.get(p - 1).pos().offset() : -1;
        String doc = null;
        for (Lexer.Comment c : comments) {
            if (c.pos().offset() > prevOffset && c.pos().offset() < pos.offset()) {
                doc = doc == null ? c.text() : doc + "\n" + c.text();
            }
        }
        return doc == null ? null : doc.strip();
    }

    private StructDef structDef() throws ScenarioException {
        Token st = next();
        String doc = docBefore(st.pos());
        String name = ident("a struct name");
        expect("{");
        List<Field> fields = new ArrayList<>();
        while (!peek().isPunct("}")) {
            Token ft = peek();
            String fdoc = docBefore(ft.pos());
            TypeRef type = type();
            do {
                int ptrs = type.pointers();
                while (accept("*")) {
                    ptrs++;
                }
                Pos np = peek().pos();
                String fname = ident("a field name");
                Integer size = null;
                String sizeName = null;
                if (accept("[")) {
                    if (peek().isPunct("]")) {
                        size = -1;
                    } else if (peek().kind() == Token.Kind.IDENT) {
                        sizeName = next().text();
                    } else {
                        size = intConst("an array size");
                    }
                    expect("]");
                }
                fields.add(new Field(np, new TypeRef(type.pos(), type.name(), ptrs), fname, size, fdoc, sizeName));
            } while (accept(","));
            expect(";");
        }
        expect("}");
        expect(";");
        return new StructDef(st.pos(), file, name, fields, doc);
    }

    private int intConst(String what) throws ScenarioException {
        Token t = peek();
        if (t.kind() != Token.Kind.INT) {
            throw expected(what);
        }
        next();
        long v = Lexer.parseNumber(t.text());
        if (v > 1 << 20) {
            throw error(t.pos(), what + " is too large");
        }
        return (int) v;
    }

    /** A function definition, or a global variable declaration (type name [= value];). */
    private void function(ItemsBuilder items) throws ScenarioException {
        Pos start = peek().pos();
        String doc = docBefore(start);
        String variant = null;
        boolean init = false;
        while (isWord("__variant") || isWord("__init")) {
            if (next().text().equals("__init")) {
                init = true;
                continue;
            }
            expect("(");
            if (peek().kind() != Token.Kind.STRING) {
                throw expected("a variant name in quotes, e.g. __variant(\"v2\")");
            }
            variant = next().text();
            expect(")");
        }
        TypeRef ret = type();
        if (isWord("__init")) {
            next(); // kernel style: void __init name(void)
            init = true;
        }
        Pos np = peek().pos();
        String name = ident("a function name");
        if ((peek().isPunct(";") || peek().isPunct("=") || peek().isPunct("[")) && variant == null && !init) {
            Integer size = null;
            if (accept("[")) {
                size = intConst("an array size");
                expect("]");
            }
            Expr value = null;
            if (accept("=")) {
                value = conditional();
            }
            expect(";");
            items.globals.add(new Global(np, file, new VarDecl(np, ret, name, value, size), doc));
            return;
        }
        if (!peek().isPunct("(")) {
            throw expected("'(' after function name '" + name + "'");
        }
        List<Param> params = params();
        if (!peek().isPunct("{")) {
            throw expected("'{' to start the body of " + name + "()");
        }
        Block body = block();
        items.functions.add(new Function(np, file, ret, name, params, variant, doc, body, init));
    }

    private List<Param> params() throws ScenarioException {
        expect("(");
        List<Param> params = new ArrayList<>();
        if (isWord("void") && peek(1).isPunct(")")) {
            next();
        }
        while (!peek().isPunct(")")) {
            if (!isTypeStart(peek())) {
                throw expected("a parameter type (e.g. 'int *x' or 'struct page *page')");
            }
            TypeRef ty = type();
            Pos np = peek().pos();
            String name = ident("a parameter name");
            params.add(new Param(np, ty, name));
            if (!accept(",")) {
                break;
            }
        }
        expect(")");
        return params;
    }

    private Ast.Thread thread() throws ScenarioException {
        boolean daemon = false;
        if (isWord("daemon")) {
            next();
            daemon = true;
        }
        Token t = peek();
        Matcher m = THREAD.matcher(t.kind() == Token.Kind.IDENT ? t.text() : "");
        if (!m.matches()) {
            throw expected("a thread 'P<n>' after 'daemon'");
        }
        next();
        int index;
        try {
            index = Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            throw error(t.pos(), "thread number too large");
        }
        String name = null;
        if (accept(":")) {
            name = ident("a thread name after 'P" + index + ":' (e.g. P0:dio)");
        }
        if (!peek().isPunct("(")) {
            throw expected("'(' after " + t.text());
        }
        List<Param> params = params();
        if (!peek().isPunct("{")) {
            throw expected("'{' to start the body of thread " + t.text());
        }
        Block body = block();
        return new Ast.Thread(t.pos(), index, name, params, body, daemon);
    }

    // ------------------------------------------------------------------- init

    private List<InitEntry> initBlock() throws ScenarioException {
        expect("{");
        List<InitEntry> entries = new ArrayList<>();
        while (!peek().isPunct("}")) {
            if (accept(";")) {
                continue;
            }
            Pos ep = peek().pos();
            TypeRef type = null;
            if (isTypeStart(peek())) {
                type = type();
            }
            String thread = null;
            String name;
            if ((peek().kind() == Token.Kind.INT || peek().kind() == Token.Kind.IDENT) && peek(1).isPunct(":")) {
                thread = next().text();
                next();
                name = ident("a register name after '" + thread + ":'");
            } else {
                name = ident("a location or register in the initial state (e.g. 'x=1;' or 'int x = 1;')");
            }
            Expr value = null;
            if (accept("=")) {
                value = conditional();
            }
            entries.add(new InitEntry(ep, type, thread, name, value));
            if (!accept(";") && !peek().isPunct("}")) {
                throw expected("';' or '}' in the initial state");
            }
        }
        expect("}");
        return entries;
    }

    // ------------------------------------------------------------------ types

    private boolean isTypeStart(Token t) {
        return t.kind() == Token.Kind.IDENT && (TYPE_WORDS.contains(t.text()) || t.text().equals("struct"));
    }

    private TypeRef type() throws ScenarioException {
        Pos tp = peek().pos();
        StringBuilder name = new StringBuilder();
        while (peek().kind() == Token.Kind.IDENT && QUALIFIERS.contains(peek().text())) {
            next();
        }
        if (isWord("struct")) {
            next();
            name.append("struct ").append(ident("a struct name"));
        } else {
            while (peek().kind() == Token.Kind.IDENT && TYPE_WORDS.contains(peek().text())) {
                String w = next().text();
                if (QUALIFIERS.contains(w)) {
                    continue;
                }
                if (name.length() > 0) {
                    name.append(' ');
                }
                name.append(w);
            }
            if (name.length() == 0) {
                throw expected("a type");
            }
        }
        while (peek().kind() == Token.Kind.IDENT && QUALIFIERS.contains(peek().text())) {
            next();
        }
        int ptrs = 0;
        while (accept("*")) {
            ptrs++;
            while (peek().kind() == Token.Kind.IDENT && QUALIFIERS.contains(peek().text())) {
                next();
            }
        }
        return new TypeRef(tp, name.toString(), ptrs);
    }

    // ------------------------------------------------------------- statements

    private Block block() throws ScenarioException {
        Pos bp = expect("{").pos();
        List<Stmt> stmts = new ArrayList<>();
        while (!peek().isPunct("}")) {
            if (peek().kind() == Token.Kind.EOF) {
                throw error(peek().pos(), "expected '}' to close the block opened at " + bp + ", found end of file");
            }
            stmts.add(statement());
        }
        Pos end = next().pos();
        return new Block(bp, stmts, end);
    }

    private Stmt statement() throws ScenarioException {
        Token t = peek();
        Pos sp = t.pos();
        if (t.isPunct("{")) {
            return block();
        }
        if (t.isPunct(";")) {
            next();
            return new Empty(sp);
        }
        if (t.kind() == Token.Kind.IDENT) {
            switch (t.text()) {
                case "if": {
                    next();
                    expect("(");
                    Expr c = expr();
                    expect(")");
                    Stmt th = statement();
                    Stmt el = null;
                    if (isWord("else")) {
                        next();
                        el = statement();
                    }
                    return new If(sp, c, th, el);
                }
                case "while": {
                    next();
                    expect("(");
                    Expr c = expr();
                    expect(")");
                    return new While(sp, c, statement());
                }
                case "do": {
                    next();
                    Stmt body = statement();
                    if (!isWord("while")) {
                        throw expected("'while' after the body of 'do'");
                    }
                    next();
                    expect("(");
                    Expr c = expr();
                    expect(")");
                    expect(";");
                    return new DoWhile(sp, body, c);
                }
                case "for": {
                    next();
                    expect("(");
                    Stmt init = null;
                    if (isTypeStart(peek())) {
                        init = declaration();
                    } else if (!accept(";")) {
                        Pos ip = peek().pos();
                        init = new ExprStmt(ip, expr());
                        expect(";");
                    }
                    Expr c = peek().isPunct(";") ? null : expr();
                    expect(";");
                    Expr upd = peek().isPunct(")") ? null : expr();
                    expect(")");
                    return new For(sp, init, c, upd, statement());
                }
                case "return": {
                    next();
                    Expr v = peek().isPunct(";") ? null : expr();
                    expect(";");
                    return new Return(sp, v);
                }
                case "break":
                    next();
                    expect(";");
                    return new Break(sp);
                case "continue":
                    next();
                    expect(";");
                    return new Continue(sp);
                case "goto": {
                    next();
                    String l = ident("a label after 'goto'");
                    expect(";");
                    return new Goto(sp, l);
                }
                case "else":
                    throw error(sp, "'else' without a matching 'if'");
                default:
                    break;
            }
            if (peek(1).isPunct(":") && !TYPE_WORDS.contains(t.text())) {
                next();
                next();
                if (peek().isPunct("}")) {
                    return new Labeled(sp, t.text(), new Empty(peek().pos()));
                }
                return new Labeled(sp, t.text(), statement());
            }
            if (isTypeStart(t)) {
                return declaration();
            }
        }
        Expr e = expr();
        if (!peek().isPunct(";")) {
            throw expected("';' after the expression");
        }
        next();
        return new ExprStmt(sp, e);
    }

    private Stmt declaration() throws ScenarioException {
        Pos dp = peek().pos();
        TypeRef base = type();
        List<VarDecl> decls = new ArrayList<>();
        boolean first = true;
        do {
            int ptrs = first ? base.pointers() : 0;
            if (!first) {
                while (accept("*")) {
                    ptrs++;
                }
            }
            first = false;
            Pos np = peek().pos();
            String name = ident("a variable name");
            Integer size = null;
            if (accept("[")) {
                size = intConst("an array size");
                expect("]");
            }
            Expr init = null;
            if (accept("=")) {
                init = assignment();
            }
            decls.add(new VarDecl(np, new TypeRef(base.pos(), base.name(), ptrs), name, init, size));
        } while (accept(","));
        if (!peek().isPunct(";")) {
            throw expected("';' after the declaration");
        }
        next();
        return decls.size() == 1 ? decls.get(0) : new Decls(dp, decls);
    }

    // ------------------------------------------------------------ expressions

    private Expr expr() throws ScenarioException {
        return assignment();
    }

    private static final Set<String> ASSIGN_OPS = Set.of("=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=",
            ">>=");

    private Expr assignment() throws ScenarioException {
        Expr left = conditional();
        Token t = peek();
        if (t.kind() == Token.Kind.PUNCT && ASSIGN_OPS.contains(t.text())) {
            next();
            Expr right = assignment();
            return new Assign(t.pos(), t.text(), left, right);
        }
        return left;
    }

    private Expr conditional() throws ScenarioException {
        Expr c = binary(0);
        if (peek().isPunct("?")) {
            Pos qp = next().pos();
            Expr a = expr();
            expect(":");
            Expr b = conditional();
            return new Conditional(qp, c, a, b);
        }
        return c;
    }

    private static final String[][] LEVELS = {
        {"||"}, {"&&"}, {"|"}, {"^"}, {"&"}, {"==", "!="}, {"<", "<=", ">", ">="}, {"<<", ">>"}, {"+", "-"},
        {"*", "/", "%"},
    };

    private Expr binary(int level) throws ScenarioException {
        if (level == LEVELS.length) {
            return unary();
        }
        Expr left = binary(level + 1);
        while (true) {
            Token t = peek();
            String op = null;
            if (t.kind() == Token.Kind.PUNCT) {
                for (String o : LEVELS[level]) {
                    if (o.equals(t.text())) {
                        op = o;
                    }
                }
            }
            if (op == null) {
                return left;
            }
            next();
            Expr right = binary(level + 1);
            left = new Binary(t.pos(), op, left, right);
        }
    }

    private Expr unary() throws ScenarioException {
        Token t = peek();
        if (t.kind() == Token.Kind.PUNCT) {
            switch (t.text()) {
                case "-", "+", "!", "~", "*", "&", "++", "--" -> {
                    next();
                    return new Unary(t.pos(), t.text(), unary());
                }
                case "(" -> {
                    if (isTypeStart(peek(1))) {
                        next();
                        TypeRef ty = type();
                        expect(")");
                        return new Cast(t.pos(), ty, unary());
                    }
                }
                default -> {
                }
            }
        }
        if (isWord("sizeof") && peek(1).isPunct("(") && isTypeStart(peek(2))) {
            next();
            next();
            TypeRef ty = type();
            expect(")");
            return new SizeOf(t.pos(), ty);
        }
        return postfix(primary());
    }

    private Expr postfix(Expr e) throws ScenarioException {
        while (true) {
            Token t = peek();
            if (t.isPunct("[")) {
                next();
                Expr idx = expr();
                expect("]");
                e = new Index(t.pos(), e, idx);
            } else if (t.isPunct(".") || t.isPunct("->")) {
                next();
                String f = ident("a field name after '" + t.text() + "'");
                e = new Member(t.pos(), e, f, t.text().equals("->"));
            } else if (t.isPunct("++") || t.isPunct("--")) {
                next();
                e = new Postfix(t.pos(), t.text(), e);
            } else if (t.isPunct("(")) {
                if (!(e instanceof Name n)) {
                    throw error(t.pos(), "only named functions can be called");
                }
                next();
                List<Expr> args = new ArrayList<>();
                TypeRef typeArg = null;
                if (isTypeStart(peek()) && (n.name().startsWith("__new") || n.name().equals("sizeof"))) {
                    typeArg = type();
                    if (!peek().isPunct(")")) {
                        expect(",");
                    }
                }
                while (!peek().isPunct(")")) {
                    args.add(assignment());
                    if (!accept(",")) {
                        if (!peek().isPunct(")")) {
                            throw expected("',' or ')' in the arguments of " + n.name() + "()");
                        }
                    }
                }
                next();
                e = new Call(n.pos(), n.name(), args, typeArg);
            } else {
                return e;
            }
        }
    }

    private Expr primary() throws ScenarioException {
        Token t = peek();
        switch (t.kind()) {
            case INT -> {
                next();
                return new IntLit(t.pos(), Lexer.parseNumber(t.text()));
            }
            case STRING -> {
                next();
                StringBuilder sb = new StringBuilder(t.text());
                while (peek().kind() == Token.Kind.STRING) {
                    sb.append(next().text());
                }
                return new StrLit(t.pos(), sb.toString());
            }
            case IDENT -> {
                next();
                return new Name(t.pos(), t.text());
            }
            case PUNCT -> {
                if (t.text().equals("(")) {
                    next();
                    Expr e = expr();
                    expect(")");
                    return e;
                }
            }
            default -> {
            }
        }
        throw expected("an expression");
    }

    // -------------------------------------------------------------- condition

    private Cond cond() throws ScenarioException {
        Cond left = condOr();
        if (peek().isPunct("=") && peek(1).isPunct(">")) {
            Pos ip = next().pos();
            next();
            return new CondImplies(ip, left, cond());
        }
        return left;
    }

    private Cond condOr() throws ScenarioException {
        Cond left = condAnd();
        while (peek().isPunct("\\/") || peek().isPunct("||")) {
            Pos op = next().pos();
            left = new CondOr(op, left, condAnd());
        }
        return left;
    }

    private Cond condAnd() throws ScenarioException {
        Cond left = condNot();
        while (peek().isPunct("/\\") || peek().isPunct("&&")) {
            Pos op = next().pos();
            left = new CondAnd(op, left, condNot());
        }
        return left;
    }

    private Cond condNot() throws ScenarioException {
        Token t = peek();
        if (t.isPunct("~") || t.isPunct("!") || isWord("not")) {
            next();
            return new CondNot(t.pos(), condNot());
        }
        return condPrimary();
    }

    private Cond condPrimary() throws ScenarioException {
        Token t = peek();
        if (t.isPunct("(")) {
            next();
            Cond c = cond();
            expect(")");
            return c;
        }
        if (isWord("true") || isWord("false")) {
            next();
            return new CondConst(t.pos(), t.text().equals("true"));
        }
        if (isWord("deadlock") || isWord("livelock")) {
            next();
            return new CondViolation(t.pos(), t.text());
        }
        if (isWord("violation") && !peek(1).isPunct("=") && !peek(1).isPunct(":")) {
            next();
            String name = null;
            if (accept("(")) {
                if (peek().kind() == Token.Kind.STRING) {
                    name = next().text();
                } else {
                    StringBuilder sb = new StringBuilder(ident("a violation name, e.g. violation(use-after-free)"));
                    while (accept("-")) {
                        sb.append('-').append(ident("a violation name"));
                    }
                    name = sb.toString();
                }
                expect(")");
            }
            return new CondViolation(t.pos(), name);
        }
        Expr left = condTerm();
        Token op = peek();
        String o;
        if (op.isPunct("=") || op.isPunct("==")) {
            o = "=";
        } else if (op.isPunct("!=") || op.isPunct("<") || op.isPunct("<=") || op.isPunct(">") || op.isPunct(">=")) {
            o = op.text();
        } else {
            throw expected("'=' in the condition (e.g. 0:r1=1 or x=2)");
        }
        next();
        Expr right = condTerm();
        return new CondAtom(op.pos(), left, o, right);
    }

    /** {@code 0:r1}, {@code dio:r1}, {@code x}, {@code P->refcount}, {@code 1}, {@code -1}. */
    private Expr condTerm() throws ScenarioException {
        Token t = peek();
        if ((t.kind() == Token.Kind.INT || t.kind() == Token.Kind.IDENT) && peek(1).isPunct(":")) {
            next();
            next();
            Pos rp = peek().pos();
            String reg = ident("a register name after '" + t.text() + ":'");
            Expr e = new RegRef(t.pos(), t.text(), reg);
            return rp == null ? e : postfix(e);
        }
        if (t.kind() != Token.Kind.INT && t.kind() != Token.Kind.IDENT && !t.isPunct("-") && !t.isPunct("&")
                && !t.isPunct("*") && !t.isPunct("(")) {
            throw expected("a register (0:r1), location or value in the condition");
        }
        return unary();
    }
}
