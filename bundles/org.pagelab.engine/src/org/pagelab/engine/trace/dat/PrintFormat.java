package org.pagelab.engine.trace.dat;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code print fmt:} of an event description: a printf format string
 * and C argument expressions over the record ({@code REC->pfn},
 * {@code __print_flags(REC->gfp_flags, "|", {mask, "NAME"}, ...)},
 * {@code __print_symbolic(...)}, {@code __get_str(comm)}, casts, shifts,
 * ternaries...). Parsed once per event type into a small expression tree,
 * evaluated per event to render the kernel's text and to type the fields.
 * Expressions Pagelab cannot evaluate (kernel globals such as
 * {@code vmemmap_base}) make that one conversion fall back to the raw field.
 */
final class PrintFormat {
    /** One printf conversion with the label printed before it and its argument. */
    static final class Conversion {
        final String literalBefore;
        final String spec; // e.g. "%08lx"
        final char conv; // d i u x X o c s p
        final String pExt; // letters after %p (S, s, F...)
        final int length; // 0 none, 1 h, 2 hh, 3 l, 4 ll
        final String label; // identifier before '=' or ':' in literalBefore, or null
        final Expr arg;

        Conversion(String literalBefore, String spec, char conv, String pExt, int length, String label, Expr arg) {
            this.literalBefore = literalBefore;
            this.spec = spec;
            this.conv = conv;
            this.pExt = pExt;
            this.length = length;
            this.label = label;
            this.arg = arg;
        }
    }

    final List<Conversion> conversions = new ArrayList<>();
    String tail = "";
    final String error; // why the format could not be parsed, or null

    /** Expression tree node. */
    abstract static class Expr {
    }

    static final class Num extends Expr {
        final long v;

        Num(long v) {
            this.v = v;
        }
    }

    static final class Str extends Expr {
        final String s;

        Str(String s) {
            this.s = s;
        }
    }

    static final class Rec extends Expr {
        final String field;

        Rec(String field) {
            this.field = field;
        }
    }

    static final class Ident extends Expr {
        final String name;

        Ident(String name) {
            this.name = name;
        }
    }

    static final class Unary extends Expr {
        final String op;
        final Expr e;

        Unary(String op, Expr e) {
            this.op = op;
            this.e = e;
        }
    }

    static final class Cast extends Expr {
        final String type;
        final Expr e;

        Cast(String type, Expr e) {
            this.type = type;
            this.e = e;
        }
    }

    static final class Binary extends Expr {
        final String op;
        final Expr a;
        final Expr b;

        Binary(String op, Expr a, Expr b) {
            this.op = op;
            this.a = a;
            this.b = b;
        }
    }

    static final class Cond extends Expr {
        final Expr c;
        final Expr a;
        final Expr b;

        Cond(Expr c, Expr a, Expr b) {
            this.c = c;
            this.a = a;
            this.b = b;
        }
    }

    static final class Call extends Expr {
        final String fn;
        final List<Expr> args;

        Call(String fn, List<Expr> args) {
            this.fn = fn;
            this.args = args;
        }
    }

    static final class Index extends Expr {
        final Expr a;
        final Expr i;

        Index(Expr a, Expr i) {
            this.a = a;
            this.i = i;
        }
    }

    static final class Braces extends Expr {
        final List<Expr> items;

        Braces(List<Expr> items) {
            this.items = items;
        }
    }

    PrintFormat(String printFmt) {
        String err = null;
        try {
            parse(printFmt);
        } catch (IllegalArgumentException e) {
            conversions.clear();
            tail = "";
            err = e.getMessage();
        }
        error = err;
    }

    // ---- parsing ----

    private void parse(String pf) {
        Lexer lx = new Lexer(pf);
        Token t = lx.next();
        if (t.kind != Tok.STRING) {
            throw new IllegalArgumentException("print fmt does not start with a string");
        }
        StringBuilder fmt = new StringBuilder(t.text);
        Token n = lx.next();
        while (n.kind == Tok.STRING) { // adjacent literals concatenate
            fmt.append(n.text);
            n = lx.next();
        }
        List<Expr> args = new ArrayList<>();
        while (n.kind == Tok.PUNCT && n.text.equals(",")) {
            Parser p = new Parser(lx);
            args.add(p.expr());
            n = p.peek();
            lx.pushBack(n);
            n = lx.next();
        }
        if (n.kind != Tok.EOF) {
            throw new IllegalArgumentException("unexpected '" + n.text + "' in print fmt");
        }
        splitFormat(fmt.toString(), args);
    }

    private void splitFormat(String f, List<Expr> args) {
        StringBuilder lit = new StringBuilder();
        int ai = 0;
        int i = 0;
        while (i < f.length()) {
            char c = f.charAt(i);
            if (c != '%') {
                lit.append(c);
                i++;
                continue;
            }
            if (i + 1 < f.length() && f.charAt(i + 1) == '%') {
                lit.append('%');
                i += 2;
                continue;
            }
            int s = i++;
            while (i < f.length() && "-+ #0".indexOf(f.charAt(i)) >= 0) {
                i++;
            }
            boolean starWidth = false;
            if (i < f.length() && f.charAt(i) == '*') {
                starWidth = true;
                i++;
            }
            while (i < f.length() && Character.isDigit(f.charAt(i))) {
                i++;
            }
            boolean starPrec = false;
            if (i < f.length() && f.charAt(i) == '.') {
                i++;
                if (i < f.length() && f.charAt(i) == '*') {
                    starPrec = true;
                    i++;
                }
                while (i < f.length() && Character.isDigit(f.charAt(i))) {
                    i++;
                }
            }
            int length = 0;
            while (i < f.length() && "hlLzjtq".indexOf(f.charAt(i)) >= 0) {
                char m = f.charAt(i++);
                length = m == 'h' ? (length == 1 ? 2 : 1) : (length == 3 ? 4 : 3);
            }
            if (i >= f.length()) {
                lit.append(f, s, i);
                break;
            }
            char conv = f.charAt(i++);
            String pExt = "";
            if (conv == 'p') {
                int e = i;
                while (e < f.length() && "SsFfBKMmIiUuEhbRrdDgGaNVx".indexOf(f.charAt(e)) >= 0 && e - i < 2) {
                    e++;
                }
                if (e > i && f.charAt(i) == 'I' && e < f.length() && Character.isDigit(f.charAt(e))) {
                    e++;
                }
                pExt = f.substring(i, e);
                i = e;
            }
            if ("diuxXocsp".indexOf(conv) < 0) {
                lit.append(f, s, i);
                continue;
            }
            if (starWidth || starPrec) {
                ai++; // the width/precision argument
            }
            Expr arg = ai < args.size() ? args.get(ai) : null;
            ai++;
            String before = lit.toString();
            conversions.add(new Conversion(before, f.substring(s, i), conv, pExt, length, label(before), arg));
            lit.setLength(0);
        }
        tail = lit.toString();
    }

    /** "page=" / "pfn=0x" / "addr: 0x" / "reason:" at the end of the literal -> the identifier. */
    static String label(String lit) {
        int e = lit.length();
        if (e >= 2 && lit.endsWith("0x")) {
            e -= 2;
        }
        while (e > 0 && lit.charAt(e - 1) == ' ') {
            e--;
        }
        if (e == 0 || (lit.charAt(e - 1) != '=' && lit.charAt(e - 1) != ':')) {
            return null;
        }
        e--;
        while (e > 0 && lit.charAt(e - 1) == ' ') {
            e--;
        }
        int s = e;
        while (s > 0 && (Character.isLetterOrDigit(lit.charAt(s - 1)) || lit.charAt(s - 1) == '_')) {
            s--;
        }
        if (s == e || Character.isDigit(lit.charAt(s))) {
            return null;
        }
        return lit.substring(s, e);
    }

    enum Tok {
        NUM, STRING, CHAR, IDENT, PUNCT, EOF
    }

    static final class Token {
        final Tok kind;
        final String text;
        final long num;

        Token(Tok kind, String text, long num) {
            this.kind = kind;
            this.text = text;
            this.num = num;
        }
    }

    static final class Lexer {
        private final String s;
        private int i;
        private final java.util.ArrayDeque<Token> back = new java.util.ArrayDeque<>();
        private static final String[] OPS = {"->", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||"};

        Lexer(String s) {
            this.s = s;
        }

        void pushBack(Token t) {
            back.push(t);
        }

        Token next() {
            if (!back.isEmpty()) {
                return back.pop();
            }
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length()) {
                return new Token(Tok.EOF, "<end>", 0);
            }
            char c = s.charAt(i);
            if (c == '"') {
                StringBuilder b = new StringBuilder();
                i++;
                while (i < s.length() && s.charAt(i) != '"') {
                    char d = s.charAt(i++);
                    if (d == '\\' && i < s.length()) {
                        char e = s.charAt(i++);
                        b.append(switch (e) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case '0' -> '\0';
                            default -> e;
                        });
                    } else {
                        b.append(d);
                    }
                }
                if (i >= s.length()) {
                    throw new IllegalArgumentException("unterminated string in print fmt");
                }
                i++;
                return new Token(Tok.STRING, b.toString(), 0);
            }
            if (c == '\'') {
                int e = s.indexOf('\'', i + 1);
                if (e < 0) {
                    throw new IllegalArgumentException("unterminated character in print fmt");
                }
                String body = s.substring(i + 1, e);
                i = e + 1;
                long v = body.startsWith("\\") && body.length() > 1 ? (body.charAt(1) == 'n' ? '\n' : body.charAt(1))
                        : body.isEmpty() ? 0 : body.charAt(0);
                return new Token(Tok.NUM, body, v);
            }
            if (Character.isDigit(c)) {
                int st = i;
                long v;
                if (c == '0' && i + 1 < s.length() && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
                    i += 2;
                    int ds = i;
                    while (i < s.length() && Character.digit(s.charAt(i), 16) >= 0) {
                        i++;
                    }
                    v = ds == i || i - ds > 16 ? 0 : Long.parseUnsignedLong(s.substring(ds, i), 16);
                } else {
                    while (i < s.length() && Character.isDigit(s.charAt(i))) {
                        i++;
                    }
                    try {
                        v = Long.parseUnsignedLong(s.substring(st, i));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("number too large in print fmt");
                    }
                }
                while (i < s.length() && "uUlL".indexOf(s.charAt(i)) >= 0) {
                    i++;
                }
                return new Token(Tok.NUM, s.substring(st, i), v);
            }
            if (Character.isLetter(c) || c == '_') {
                int st = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                    i++;
                }
                return new Token(Tok.IDENT, s.substring(st, i), 0);
            }
            for (String op : OPS) {
                if (s.startsWith(op, i)) {
                    i += op.length();
                    return new Token(Tok.PUNCT, op, 0);
                }
            }
            i++;
            return new Token(Tok.PUNCT, String.valueOf(c), 0);
        }
    }

    /** Recursive-descent parser of C expressions (what print fmts use). */
    static final class Parser {
        private final Lexer lx;
        private Token la;
        private int depth;

        Parser(Lexer lx) {
            this.lx = lx;
            this.la = lx.next();
        }

        Token peek() {
            return la;
        }

        private Token take() {
            Token t = la;
            la = lx.next();
            return t;
        }

        private boolean is(String p) {
            return la.kind == Tok.PUNCT && la.text.equals(p);
        }

        private void expect(String p) {
            if (!is(p)) {
                throw new IllegalArgumentException("expected '" + p + "', found '" + la.text + "' in print fmt");
            }
            take();
        }

        Expr expr() {
            if (++depth > 200) {
                throw new IllegalArgumentException("print fmt expression nested too deeply");
            }
            try {
                Expr c = binary(0);
                if (is("?")) {
                    take();
                    Expr a = expr();
                    expect(":");
                    Expr b = expr();
                    return new Cond(c, a, b);
                }
                return c;
            } finally {
                depth--;
            }
        }

        private static final String[][] LEVELS = {{"||"}, {"&&"}, {"|"}, {"^"}, {"&"}, {"==", "!="},
            {"<", ">", "<=", ">="}, {"<<", ">>"}, {"+", "-"}, {"*", "/", "%"}};

        private Expr binary(int level) {
            if (level == LEVELS.length) {
                return unary();
            }
            Expr a = binary(level + 1);
            while (true) {
                String op = null;
                if (la.kind == Tok.PUNCT) {
                    for (String o : LEVELS[level]) {
                        if (la.text.equals(o)) {
                            op = o;
                        }
                    }
                }
                if (op == null) {
                    return a;
                }
                take();
                a = new Binary(op, a, binary(level + 1));
            }
        }

        private Expr unary() {
            if (++depth > 200) {
                throw new IllegalArgumentException("print fmt expression nested too deeply");
            }
            try {
                if (la.kind == Tok.PUNCT && (la.text.equals("-") || la.text.equals("~") || la.text.equals("!")
                        || la.text.equals("+") || la.text.equals("&") || la.text.equals("*"))) {
                    String op = take().text;
                    return new Unary(op, unary());
                }
                if (is("(")) {
                    take();
                    String type = castType();
                    if (type != null) {
                        return new Cast(type, unary());
                    }
                    Expr e = expr();
                    expect(")");
                    return postfix(e);
                }
                return postfix(primary());
            } finally {
                depth--;
            }
        }

        /** After '(': if a type name and ')' follow, consumes them and returns the type. */
        private String castType() {
            if (la.kind != Tok.IDENT || !isTypeWord(la.text)) {
                return null;
            }
            // look ahead: identifiers and '*' up to ')'
            List<Token> seen = new ArrayList<>();
            StringBuilder type = new StringBuilder();
            while (la.kind == Tok.IDENT || is("*")) {
                type.append(type.length() > 0 ? " " : "").append(la.text);
                seen.add(take());
            }
            if (is(")")) {
                take();
                return type.toString();
            }
            // not a cast: put the tokens back
            lx.pushBack(la);
            for (int k = seen.size() - 1; k >= 1; k--) {
                lx.pushBack(seen.get(k));
            }
            la = seen.get(0);
            return null;
        }

        private static boolean isTypeWord(String w) {
            switch (w) {
                case "unsigned": case "signed": case "int": case "long": case "short": case "char": case "void":
                case "struct": case "enum": case "union": case "const": case "volatile": case "bool": case "u8":
                case "u16": case "u32": case "u64": case "s8": case "s16": case "s32": case "s64": case "__u8":
                case "__u16": case "__u32": case "__u64": case "__s32": case "__s64": case "gfp_t": case "size_t":
                case "uintptr_t":
                    return true;
                default:
                    return w.endsWith("_t");
            }
        }

        private Expr primary() {
            Token t = take();
            switch (t.kind) {
                case NUM:
                    return new Num(t.num);
                case STRING: {
                    StringBuilder b = new StringBuilder(t.text);
                    while (la.kind == Tok.STRING) {
                        b.append(take().text);
                    }
                    return new Str(b.toString());
                }
                case IDENT:
                    if (t.text.equals("REC") && is("->")) {
                        take();
                        Token f = take();
                        if (f.kind != Tok.IDENT) {
                            throw new IllegalArgumentException("expected a field after REC->");
                        }
                        return new Rec(f.text);
                    }
                    if (is("(")) {
                        take();
                        List<Expr> args = new ArrayList<>();
                        if (!is(")")) {
                            args.add(expr());
                            while (is(",")) {
                                take();
                                args.add(expr());
                            }
                        }
                        expect(")");
                        return new Call(t.text, args);
                    }
                    return new Ident(t.text);
                case PUNCT:
                    if (t.text.equals("{")) {
                        List<Expr> items = new ArrayList<>();
                        if (!is("}")) {
                            items.add(expr());
                            while (is(",")) {
                                take();
                                if (is("}")) {
                                    break;
                                }
                                items.add(expr());
                            }
                        }
                        expect("}");
                        return new Braces(items);
                    }
                    throw new IllegalArgumentException("unexpected '" + t.text + "' in print fmt");
                default:
                    throw new IllegalArgumentException("unexpected end of print fmt");
            }
        }

        private Expr postfix(Expr e) {
            while (true) {
                if (is("[")) {
                    take();
                    Expr i = expr();
                    expect("]");
                    e = new Index(e, i);
                } else if (is("->") || is(".")) {
                    take();
                    take(); // member of a kernel struct: not evaluable, keep the base
                    e = new Call("__member", List.of(e));
                } else {
                    return e;
                }
            }
        }
    }
}
