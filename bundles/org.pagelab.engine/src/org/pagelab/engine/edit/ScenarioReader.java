package org.pagelab.engine.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pagelab.engine.lang.Ast;
import org.pagelab.engine.lang.Lexer;
import org.pagelab.engine.lang.Parser;
import org.pagelab.engine.lang.ScenarioException;
import org.pagelab.engine.lang.Token;
import org.pagelab.model.scenario.Block;
import org.pagelab.model.scenario.Declaration;
import org.pagelab.model.scenario.DeclarationKind;
import org.pagelab.model.scenario.Element;
import org.pagelab.model.scenario.Filter;
import org.pagelab.model.scenario.FinalCondition;
import org.pagelab.model.scenario.Header;
import org.pagelab.model.scenario.Import;
import org.pagelab.model.scenario.InitState;
import org.pagelab.model.scenario.Locations;
import org.pagelab.model.scenario.Quantifier;
import org.pagelab.model.scenario.Scenario;
import org.pagelab.model.scenario.ScenarioFactory;
import org.pagelab.model.scenario.Statement;
import org.pagelab.model.scenario.StatementKind;
import org.pagelab.model.scenario.ThreadBlock;
import org.pagelab.model.scenario.VariantChoice;
import org.pagelab.model.scenario.Verdict;

/**
 * Reads scenario or litmus text into the editable EMF model
 * ({@link Scenario}). The engine's parser checks the text first (a text
 * that does not parse is not read: the caller gets the located
 * {@link ScenarioException}); then the text is cut along its tokens into
 * elements and statements that each keep their exact source, so that
 * {@link ScenarioWriter#write} of the untouched model returns the same
 * characters.
 */
public final class ScenarioReader {
    private static final ScenarioFactory F = ScenarioFactory.eINSTANCE;
    private static final Pattern MODEL = Pattern.compile("(?m)^[\\s*]*Model:\\s*([A-Za-z0-9_-]+)");
    private static final Pattern THREAD = Pattern.compile("P\\d+");

    private final SourceText src;
    private final Ast.Scenario ast;
    private int prevEnd;

    private ScenarioReader(SourceText src, Ast.Scenario ast) {
        this.src = src;
        this.ast = ast;
    }

    /** Parses {@code text} (named {@code file} in messages) into a new model. */
    public static Scenario read(String file, String text) throws ScenarioException {
        Ast.Scenario ast = Parser.parseScenario(file, text);
        SourceText src = new SourceText(text, Lexer.lex(file, text));
        return new ScenarioReader(src, ast).scenario(file);
    }

    private Scenario scenario(String file) {
        Scenario s = F.createScenario();
        s.setFileName(file);
        s.setExpected(verdict(ast.expected()));
        s.setMemoryModel(memoryModel(ast.comments()));
        List<Ast.Thread> threads = ast.threads();
        int threadNo = 0;
        int k = 0;
        // Header: 'C' NAME
        Header h = F.createHeader();
        h.setArch(src.tok(0).text());
        h.setName(src.tok(1).text());
        take(h, 0, 1);
        s.getElements().add(h);
        k = 2;
        while (src.tok(k).kind() != Token.Kind.EOF) {
            Token t = src.tok(k);
            int last;
            Element e;
            if (t.kind() == Token.Kind.DEFINE) {
                int j = k;
                while (src.tok(j).kind() != Token.Kind.END_DEFINE && src.tok(j).kind() != Token.Kind.EOF) {
                    j++;
                }
                e = declaration(DeclarationKind.DEFINE, t.text());
                take(e, k, j - 1);
                s.getElements().add(e);
                k = src.tok(j).kind() == Token.Kind.END_DEFINE ? j + 1 : j;
                continue;
            }
            if (t.is("import")) {
                last = src.findAtDepth0(k, ";");
                Import im = F.createImport();
                StringBuilder mod = new StringBuilder();
                for (int j = k + 1; j < last; j++) {
                    Token m = src.tok(j);
                    mod.append(m.kind() == Token.Kind.PUNCT ? "/" : m.text());
                }
                im.setModule(mod.toString());
                e = im;
            } else if (t.is("variant") && src.tok(k + 1).kind() == Token.Kind.IDENT && src.tok(k + 2).isPunct("=")) {
                last = src.findAtDepth0(k, ";");
                VariantChoice v = F.createVariantChoice();
                v.setFunction(src.tok(k + 1).text());
                v.setVariant(src.tok(k + 3).text());
                e = v;
            } else if (t.is("enum")) {
                int open = src.findAtDepth0(k, "{");
                last = src.findAtDepth0(src.match(open) + 1, ";");
                e = declaration(DeclarationKind.ENUM, src.tok(open + 1).text());
            } else if (t.is("struct") && src.tok(k + 2).isPunct("{")) {
                last = src.findAtDepth0(src.match(k + 2) + 1, ";");
                e = declaration(DeclarationKind.STRUCT, src.tok(k + 1).text());
            } else if (t.isPunct("{")) {
                last = src.match(k);
                InitState init = F.createInitState();
                for (Ast.InitEntry ie : ast.init()) {
                    init.getLocations().add(ie.thread() != null ? ie.thread() + ":" + ie.name() : ie.name());
                }
                e = init;
            } else if ((t.is("setup") || t.is("after")) && src.tok(k + 1).isPunct("{")) {
                Block b = t.is("setup") ? F.createSetupBlock() : F.createAfterBlock();
                Ast.Block body = t.is("setup") ? ast.setup() : ast.after();
                k = block(s, b, k, k + 1, body);
                continue;
            } else if (t.is("daemon") || (t.kind() == Token.Kind.IDENT && THREAD.matcher(t.text()).matches())) {
                Ast.Thread at = threads.get(threadNo++);
                ThreadBlock tb = F.createThreadBlock();
                tb.setIndex(at.index());
                tb.setRole(at.name() == null ? "" : at.name());
                tb.setDaemon(at.daemon());
                int open = src.findAtDepth0(k, "(");
                int close = src.match(open);
                tb.setParams(src.slice(src.start(open) + 1, src.start(close)));
                int body = src.findAtDepth0(close + 1, "{");
                k = block(s, tb, k, body, at.body());
                continue;
            } else if (t.is("locations") && src.tok(k + 1).isPunct("[")) {
                last = src.match(k + 1);
                e = F.createLocations();
            } else if (t.is("filter")) {
                last = k + 1;
                while (!isConditionStart(last) && src.tok(last).kind() != Token.Kind.EOF) {
                    last++;
                }
                last--;
                Filter f = F.createFilter();
                f.setExpression(unparen(src.slice(src.start(k + 1), src.end(last))));
                e = f;
            } else if (isConditionStart(k)) {
                last = k;
                while (src.tok(last + 1).kind() != Token.Kind.EOF) {
                    last++;
                }
                FinalCondition c = F.createFinalCondition();
                int exprFrom;
                if (t.isPunct("~")) {
                    c.setQuantifier(Quantifier.NOT_EXISTS);
                    exprFrom = k + 2;
                } else {
                    c.setQuantifier(t.is("exists") ? Quantifier.EXISTS : Quantifier.FORALL);
                    exprFrom = k + 1;
                }
                c.setExpression(unparen(src.slice(src.start(exprFrom), src.end(last))));
                e = c;
            } else {
                // A function (body after its parameter list) or a global (ends at ';').
                last = k;
                String name = null;
                boolean function = false;
                for (int j = k; src.tok(j).kind() != Token.Kind.EOF; j++) {
                    Token x = src.tok(j);
                    if (x.isPunct("(") && name == null && j > k && src.tok(j - 1).kind() == Token.Kind.IDENT
                            && !src.tok(j - 1).is("__variant")) {
                        name = src.tok(j - 1).text();
                        function = true;
                        int close = src.match(j);
                        if (src.tok(close + 1).isPunct("{")) {
                            last = src.match(close + 1);
                            break;
                        }
                        j = close;
                    } else if (x.isPunct("(") || x.isPunct("[") || x.isPunct("{")) {
                        if ((x.isPunct("[") || x.isPunct("{")) && name == null && src.tok(j - 1).kind() == Token.Kind.IDENT) {
                            name = src.tok(j - 1).text();
                        }
                        j = src.match(j);
                    } else if (x.isPunct("=") && name == null) {
                        name = src.tok(j - 1).text();
                    } else if (x.isPunct(";")) {
                        if (name == null) {
                            name = src.tok(j - 1).text();
                        }
                        last = j;
                        break;
                    }
                }
                e = declaration(function ? DeclarationKind.FUNCTION : DeclarationKind.GLOBAL, name);
            }
            take(e, k, last);
            s.getElements().add(e);
            k = last + 1;
        }
        s.setTrailing(src.slice(prevEnd, src.text.length()));
        return s;
    }

    private boolean isConditionStart(int k) {
        Token t = src.tok(k);
        return t.is("exists") || t.is("forall") || (t.isPunct("~") && src.tok(k + 1).is("exists"));
    }

    private static Declaration declaration(DeclarationKind kind, String name) {
        Declaration d = F.createDeclaration();
        d.setKind(kind);
        d.setName(name);
        return d;
    }

    /** Sets leading and text of an element spanning tokens first..last. */
    private void take(Element e, int first, int last) {
        int from = src.start(first);
        int to = Math.max(from, src.end(last));
        e.setLeading(src.slice(prevEnd, from));
        e.setText(src.slice(from, to));
        e.setLine(src.tok(first).pos().line());
        prevEnd = to;
    }

    /** Reads a block element from token first, its body opening at token open; returns the token after it. */
    private int block(Scenario s, Block b, int first, int open, Ast.Block body) {
        int close = src.match(open);
        int from = src.start(first);
        b.setLeading(src.slice(prevEnd, from));
        b.setLine(src.tok(first).pos().line());
        b.setHead(src.slice(from, src.start(open) + 1));
        b.setText("");
        int pos = src.start(open) + 1;
        List<Ast.Stmt> stmts = body == null ? List.of() : body.stmts();
        List<int[]> spans = new ArrayList<>();
        for (int i = open + 1; i < close;) {
            int j = stmtEnd(i, close);
            spans.add(new int[] { i, j });
            i = j + 1;
        }
        boolean aligned = spans.size() == stmts.size();
        for (int n = 0; n < spans.size(); n++) {
            int[] sp = spans.get(n);
            Statement st = F.createStatement();
            int sFrom = src.start(sp[0]);
            int sTo = src.end(sp[1]);
            st.setLeading(src.slice(pos, sFrom));
            st.setText(src.slice(sFrom, sTo));
            st.setLine(src.tok(sp[0]).pos().line());
            int trailEnd = sameLineTrivia(sTo, src.start(sp[1] + 1));
            st.setTrailing(src.slice(sTo, trailEnd));
            pos = trailEnd;
            if (aligned) {
                describe(st, stmts.get(n), sp[0], sp[1]);
            } else {
                st.setKind(StatementKind.OTHER);
            }
            b.getStatements().add(st);
        }
        b.setTail(src.slice(pos, src.start(close)));
        prevEnd = src.start(close) + 1;
        s.getElements().add(b);
        return close + 1;
    }

    /**
     * The end of the spaces and comments that follow offset {@code from} on
     * the same line, before {@code limit} (the next token). A comment that
     * runs over the line end ends it.
     */
    private int sameLineTrivia(int from, int limit) {
        int i = from;
        int best = from;
        while (i < limit) {
            char c = src.text.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '/' && i + 1 < limit && src.text.charAt(i + 1) == '*') {
                int e = src.text.indexOf("*/", i + 2);
                if (e < 0 || e + 2 > limit) {
                    return best;
                }
                i = e + 2;
                best = i;
                if (src.text.substring(from, i).indexOf('\n') >= 0) {
                    return best;
                }
            } else if (c == '/' && i + 1 < limit && src.text.charAt(i + 1) == '/') {
                int e = src.text.indexOf('\n', i);
                return e < 0 || e > limit ? limit : e;
            } else {
                return best;
            }
        }
        return best;
    }

    /** The last token of the statement that starts at token i (tokens before {@code limit}). */
    private int stmtEnd(int i, int limit) {
        Token t = src.tok(i);
        if (t.isPunct("{")) {
            return src.match(i);
        }
        if (t.isPunct(";")) {
            return i;
        }
        if (t.kind() == Token.Kind.IDENT) {
            switch (t.text()) {
                case "if" -> {
                    int j = stmtEnd(src.match(i + 1) + 1, limit);
                    if (src.tok(j + 1).is("else")) {
                        j = stmtEnd(j + 2, limit);
                    }
                    return j;
                }
                case "while", "for" -> {
                    return stmtEnd(src.match(i + 1) + 1, limit);
                }
                case "do" -> {
                    int j = stmtEnd(i + 1, limit); // body; then 'while' '(' ... ')' ';'
                    return src.match(j + 2) + 1;
                }
                default -> {
                }
            }
            if (src.tok(i + 1).isPunct(":")) {
                return src.tok(i + 2).isPunct("}") ? i + 1 : stmtEnd(i + 2, limit);
            }
        }
        return Math.min(src.findAtDepth0(i, ";"), limit - 1);
    }

    /** Fills kind, type, target, function, arguments and value from the parsed statement. */
    private void describe(Statement st, Ast.Stmt s, int first, int last) {
        st.setKind(StatementKind.OTHER);
        if (s instanceof Ast.ExprStmt es) {
            if (es.expr() instanceof Ast.Call c) {
                st.setKind(StatementKind.CALL);
                call(st, c);
            } else if (es.expr() instanceof Ast.Assign a) {
                int op = src.indexAt(a.pos().offset());
                if (op < 0) {
                    return;
                }
                st.setTarget(src.slice(src.start(first), src.end(op - 1)));
                st.setOperator(a.op());
                if (a.op().equals("=") && a.value() instanceof Ast.Call c && callSpans(c, last - 1)) {
                    st.setKind(StatementKind.ASSIGN_CALL);
                    call(st, c);
                } else {
                    st.setKind(StatementKind.ASSIGNMENT);
                    st.setValue(src.slice(src.start(op + 1), src.end(last - 1)));
                }
            }
        } else if (s instanceof Ast.VarDecl d && d.arraySize() == null) {
            int name = src.indexAt(d.pos().offset());
            if (name < 0) {
                return;
            }
            st.setDeclType(src.slice(src.start(first), src.end(name - 1)));
            st.setTarget(d.name());
            if (d.init() instanceof Ast.Call c && callSpans(c, last - 1)) {
                st.setKind(StatementKind.ASSIGN_CALL);
                st.setOperator("=");
                call(st, c);
            } else {
                st.setKind(StatementKind.DECLARATION);
                if (d.init() != null) {
                    st.setOperator("=");
                    st.setValue(src.slice(src.start(name + 2), src.end(last - 1)));
                }
            }
        } else if (s instanceof Ast.If || s instanceof Ast.While || s instanceof Ast.DoWhile || s instanceof Ast.For
                || s instanceof Ast.Block || s instanceof Ast.Goto || s instanceof Ast.Return || s instanceof Ast.Break
                || s instanceof Ast.Continue || s instanceof Ast.Labeled) {
            st.setKind(StatementKind.CONTROL);
        }
    }

    /** Whether the call's closing parenthesis is token {@code lastToken} (the value is the call alone). */
    private boolean callSpans(Ast.Call c, int lastToken) {
        int callee = src.indexAt(c.pos().offset());
        return callee >= 0 && src.tok(callee + 1).isPunct("(") && src.match(callee + 1) == lastToken;
    }

    private void call(Statement st, Ast.Call c) {
        st.setFunction(c.callee());
        int callee = src.indexAt(c.pos().offset());
        if (callee < 0 || !src.tok(callee + 1).isPunct("(")) {
            return;
        }
        int open = callee + 1;
        int close = src.match(open);
        int argStart = open + 1;
        int depth = 0;
        for (int j = open + 1; j <= close; j++) {
            Token x = src.tok(j);
            if (j == close || (depth == 0 && x.isPunct(","))) {
                if (j > argStart) {
                    st.getArguments().add(src.slice(src.start(argStart), src.end(j - 1)));
                }
                argStart = j + 1;
                continue;
            }
            if (x.kind() == Token.Kind.PUNCT) {
                switch (x.text()) {
                    case "(", "[", "{" -> depth++;
                    case ")", "]", "}" -> depth--;
                    default -> {
                    }
                }
            }
        }
    }

    /** Strips one pair of parentheses enclosing the whole condition text. */
    static String unparen(String s) {
        String t = s.strip();
        if (t.startsWith("(") && t.endsWith(")")) {
            int depth = 0;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                    if (depth == 0 && i < t.length() - 1) {
                        return t;
                    }
                }
            }
            return t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    static Verdict verdict(Ast.Verdict v) {
        if (v == null) {
            return Verdict.UNSPECIFIED;
        }
        return switch (v) {
            case NEVER -> Verdict.NEVER;
            case SOMETIMES -> Verdict.SOMETIMES;
            case ALWAYS -> Verdict.ALWAYS;
        };
    }

    static String memoryModel(List<Lexer.Comment> comments) {
        for (Lexer.Comment c : comments) {
            Matcher m = MODEL.matcher(c.text());
            if (m.find()) {
                return m.group(1).toLowerCase(java.util.Locale.ROOT);
            }
        }
        return "";
    }
}
