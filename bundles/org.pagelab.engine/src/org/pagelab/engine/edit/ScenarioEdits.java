package org.pagelab.engine.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pagelab.engine.lang.Lexer;
import org.pagelab.engine.lang.ScenarioException;
import org.pagelab.engine.lang.Token;
import org.pagelab.model.scenario.AfterBlock;
import org.pagelab.model.scenario.Block;
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
 * The edits the scenario editor makes to the model. Each one changes the
 * fields and regenerates the source text of exactly the parts it touched
 * (a statement, a thread's head, the Result: line of the header comment),
 * leaving every other character as it was read. Edit the model only
 * through these methods; {@link ScenarioWriter#write} then gives the new
 * file text.
 */
public final class ScenarioEdits {
    private static final ScenarioFactory F = ScenarioFactory.eINSTANCE;
    private static final Pattern RESULT = Pattern.compile("Result:[ \\t]*([A-Za-z]*)");
    private static final Pattern MODEL = Pattern.compile("(?m)^([\\s*]*)Model:[ \\t]*([A-Za-z0-9_-]*)");
    private static final Pattern HEAD = Pattern.compile("^(\\s*(?:daemon\\s+)?)P(\\d+)(\\s*:\\s*[A-Za-z_][A-Za-z0-9_]*)?");
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private ScenarioEdits() {
    }

    // ------------------------------------------------------------ header

    /** Sets the expected verdict, rewriting (or adding, or removing) the Result: line of the header comment. */
    public static void setExpected(Scenario s, Verdict v) {
        if (v == null) {
            v = Verdict.UNSPECIFIED;
        }
        Element holder = triviaHolder(s, RESULT);
        if (holder != null) {
            String lead = holder.getLeading();
            Matcher m = RESULT.matcher(lead);
            m.find();
            if (v == Verdict.UNSPECIFIED) {
                int ls = lead.lastIndexOf('\n', m.start()) + 1;
                int le = lead.indexOf('\n', m.end());
                boolean ownLine = lead.substring(ls, m.start()).matches("[\\s*]*") && le >= 0;
                holder.setLeading(ownLine ? lead.substring(0, ls) + lead.substring(le + 1)
                        : lead.substring(0, m.start()) + lead.substring(m.end()));
            } else {
                holder.setLeading(lead.substring(0, m.start(1)) + v.getLiteral() + lead.substring(m.end(1)));
            }
        } else if (v != Verdict.UNSPECIFIED) {
            Element after = afterHeader(s);
            String comment = "(* Result: " + v.getLiteral() + " *)";
            if (after != null) {
                after.setLeading("\n\n" + comment + nz(after.getLeading()));
            } else {
                s.setTrailing("\n\n" + comment + nz(s.getTrailing()));
            }
        }
        s.setExpected(v);
    }

    /** Sets the Model: line (sc, tso, lkmm; empty removes it), next to Result: when there is one. */
    public static void setMemoryModel(Scenario s, String model) {
        model = model == null ? "" : model.strip();
        Element holder = triviaHolder(s, MODEL);
        if (holder != null) {
            String lead = holder.getLeading();
            Matcher m = MODEL.matcher(lead);
            m.find();
            if (model.isEmpty()) {
                int le = lead.indexOf('\n', m.end());
                holder.setLeading(le >= 0 ? lead.substring(0, m.start()) + lead.substring(le + 1)
                        : lead.substring(0, m.start(2) - "Model:".length()) + lead.substring(m.end()));
            } else {
                holder.setLeading(lead.substring(0, m.start(2)) + model + lead.substring(m.end(2)));
            }
        } else if (!model.isEmpty()) {
            if (s.getExpected() == Verdict.UNSPECIFIED || triviaHolder(s, RESULT) == null) {
                Element after = afterHeader(s);
                // The Model: line must start a line of its comment.
                String comment = "(*\n * Model: " + model + "\n *)";
                if (after != null) {
                    after.setLeading("\n\n" + comment + nz(after.getLeading()));
                } else {
                    s.setTrailing("\n\n" + comment + nz(s.getTrailing()));
                }
            } else {
                Element r = triviaHolder(s, RESULT);
                String lead = r.getLeading();
                Matcher m = RESULT.matcher(lead);
                m.find();
                int ls = lead.lastIndexOf('\n', m.start()) + 1;
                String prefix = lead.substring(ls, m.start());
                if (!prefix.matches("[\\s*]*")) {
                    prefix = " * ";
                }
                r.setLeading(lead.substring(0, m.end()) + "\n" + prefix + "Model: " + model + lead.substring(m.end()));
            }
        }
        s.setMemoryModel(model);
    }

    /** Renames the test (the header line). */
    public static void setName(Scenario s, String name) {
        Header h = s.header();
        if (h == null || name == null || name.isBlank() || name.contains("\n")) {
            return;
        }
        h.setName(name.strip());
        h.setText(h.getArch() + " " + name.strip());
    }

    private static Element triviaHolder(Scenario s, Pattern p) {
        for (Element e : s.getElements()) {
            if (p.matcher(nz(e.getLeading())).find()) {
                return e;
            }
        }
        return null;
    }

    private static Element afterHeader(Scenario s) {
        List<Element> els = s.getElements();
        return els.size() > 1 ? els.get(1) : null;
    }

    // -------------------------------------------------------- statements

    /**
     * Parses one statement (as it would appear in a thread) into a new,
     * detached statement with its fields filled in: what the palette and the
     * Properties view use to turn text into a statement.
     */
    public static Statement parseStatement(String text) throws ScenarioException {
        String src = "C statement\nP0() {\n" + text.strip() + "\n}\n";
        Scenario s = ScenarioReader.read("statement", src);
        List<Statement> sts = s.threads().get(0).getStatements();
        if (sts.size() != 1) {
            throw new ScenarioException(new org.pagelab.engine.lang.Diagnostic("statement", 1, 1,
                    org.pagelab.engine.lang.Diagnostic.Severity.ERROR,
                    "expected one statement, found " + sts.size()));
        }
        Statement st = sts.get(0);
        st.setLeading("");
        st.setTrailing("");
        st.setLine(0);
        return st;
    }

    /** Replaces the text of a statement by a parsed one (fields follow); keeps its place and comments. */
    public static void setText(Statement st, String text) throws ScenarioException {
        Statement parsed = parseStatement(text);
        st.setText(parsed.getText());
        st.setKind(parsed.getKind());
        st.setDeclType(parsed.getDeclType());
        st.setTarget(parsed.getTarget());
        st.setOperator(parsed.getOperator());
        st.setFunction(parsed.getFunction());
        st.getArguments().clear();
        st.getArguments().addAll(parsed.getArguments());
        st.setValue(parsed.getValue());
    }

    /** Sets the called function of a call statement. */
    public static void setFunction(Statement st, String function) {
        if (!isCall(st) || function == null || !IDENT.matcher(function).matches()) {
            return;
        }
        st.setFunction(function);
        regenerate(st);
    }

    /** Sets argument i (an index equal to the count appends). */
    public static void setArgument(Statement st, int i, String value) {
        if (!isCall(st) || value == null || value.isBlank() || i < 0 || i > st.getArguments().size()) {
            return;
        }
        if (i == st.getArguments().size()) {
            st.getArguments().add(value.strip());
        } else {
            st.getArguments().set(i, value.strip());
        }
        regenerate(st);
    }

    /** Replaces all arguments. */
    public static void setArguments(Statement st, List<String> args) {
        if (!isCall(st)) {
            return;
        }
        st.getArguments().clear();
        for (String a : args) {
            if (!a.isBlank()) {
                st.getArguments().add(a.strip());
            }
        }
        regenerate(st);
    }

    /** Sets the variable a call's result is assigned to (empty: the call alone). */
    public static void setTarget(Statement st, String target) {
        String t = target == null ? "" : target.strip();
        switch (st.getKind()) {
            case CALL, ASSIGN_CALL -> {
                if (t.isEmpty()) {
                    st.setKind(StatementKind.CALL);
                    st.setTarget(null);
                    st.setDeclType(null);
                    st.setOperator(null);
                } else {
                    st.setKind(StatementKind.ASSIGN_CALL);
                    st.setTarget(t);
                    st.setOperator("=");
                }
            }
            case ASSIGNMENT, DECLARATION -> {
                if (t.isEmpty()) {
                    return;
                }
                st.setTarget(t);
            }
            default -> {
                return;
            }
        }
        regenerate(st);
    }

    /** Sets the value of an assignment or declaration. */
    public static void setValue(Statement st, String value) {
        if (st.getKind() != StatementKind.ASSIGNMENT && st.getKind() != StatementKind.DECLARATION) {
            return;
        }
        String v = value == null ? "" : value.strip();
        if (st.getKind() == StatementKind.ASSIGNMENT && v.isEmpty()) {
            return;
        }
        st.setValue(v.isEmpty() ? null : v);
        st.setOperator(v.isEmpty() ? null : nz(st.getOperator()).isEmpty() ? "=" : st.getOperator());
        regenerate(st);
    }

    private static boolean isCall(Statement st) {
        return st.getKind() == StatementKind.CALL || st.getKind() == StatementKind.ASSIGN_CALL;
    }

    /** Rebuilds a statement's text from its fields (only for the simple kinds). */
    static void regenerate(Statement st) {
        String call = st.getFunction() + "(" + String.join(", ", st.getArguments()) + ")";
        String text = switch (st.getKind()) {
            case CALL -> call + ";";
            case ASSIGN_CALL -> lhs(st) + " = " + call + ";";
            case DECLARATION -> lhs(st) + (st.getValue() != null && !st.getValue().isEmpty() ? " = " + st.getValue() : "") + ";";
            case ASSIGNMENT -> st.getTarget() + " " + (nz(st.getOperator()).isEmpty() ? "=" : st.getOperator()) + " "
                    + st.getValue() + ";";
            default -> st.getText();
        };
        st.setText(text);
    }

    private static String lhs(Statement st) {
        String type = nz(st.getDeclType()).strip();
        if (type.isEmpty()) {
            return st.getTarget();
        }
        return type + (type.endsWith("*") ? "" : " ") + st.getTarget();
    }

    /** The indentation of a block's statements (after the last line break of their leading text). */
    public static String indentOf(Block b) {
        for (Statement st : b.getStatements()) {
            String lead = nz(st.getLeading());
            int nl = lead.lastIndexOf('\n');
            if (nl >= 0) {
                String ind = lead.substring(nl + 1);
                if (ind.isBlank()) {
                    return ind;
                }
            }
        }
        return "\t";
    }

    /** Inserts a detached statement at {@code index} of a block, on its own line with the block's indentation. */
    public static void insert(Block b, int index, Statement st) {
        String lead = nz(st.getLeading());
        if (lead.indexOf('\n') < 0) {
            st.setLeading("\n" + indentOf(b));
        } else {
            st.setLeading(reindent(lead, indentOf(b)));
        }
        int i = Math.max(0, Math.min(index, b.getStatements().size()));
        b.getStatements().add(i, st);
        if (nz(b.getTail()).indexOf('\n') < 0) {
            b.setTail("\n" + nz(b.getTail()).stripLeading());
        }
    }

    /** Moves a statement to position {@code index} of {@code target} (counted before the move). */
    public static void move(Statement st, Block target, int index) {
        Block from = (Block) st.eContainer();
        int old = from.getStatements().indexOf(st);
        if (from == target && (index == old || index == old + 1)) {
            return;
        }
        if (from == target && index > old) {
            index--;
        }
        from.getStatements().remove(st);
        insert(target, index, st);
    }

    /** Removes a statement (and the comments before it). */
    public static void remove(Statement st) {
        Block b = (Block) st.eContainer();
        if (b != null) {
            b.getStatements().remove(st);
        }
    }

    /**
     * Leading text for a statement that moved: one line break, its comments
     * (if any) at the block's indentation, and the statement itself at the
     * block's indentation; blank lines before it stay where they were.
     */
    private static String reindent(String lead, String indent) {
        String rest = lead.stripLeading();
        if (rest.isEmpty()) {
            return "\n" + indent;
        }
        int nl = rest.lastIndexOf('\n');
        return "\n" + indent + rest.substring(0, nl + 1) + indent;
    }

    // ------------------------------------------------------------ threads

    /** Adds a thread P<n> after the last one, named {@code role} (may be empty) with the given parameter list. */
    public static ThreadBlock addThread(Scenario s, String role, String params) {
        List<ThreadBlock> threads = s.threads();
        ThreadBlock t = F.createThreadBlock();
        int n = threads.size();
        t.setIndex(n);
        t.setRole(role == null ? "" : role.strip());
        t.setParams(params == null ? "" : params.strip());
        t.setHead("P" + n + (t.getRole().isEmpty() ? "" : ":" + t.getRole()) + "(" + t.getParams() + ")\n{");
        t.setTail("\n");
        t.setLeading("\n\n");
        int at;
        if (!threads.isEmpty()) {
            at = s.getElements().indexOf(threads.get(n - 1)) + 1;
        } else {
            at = s.getElements().size();
            for (int i = 0; i < s.getElements().size(); i++) {
                Element e = s.getElements().get(i);
                if (e instanceof AfterBlock || e instanceof Locations || e instanceof Filter || e instanceof FinalCondition) {
                    at = i;
                    break;
                }
            }
        }
        s.getElements().add(at, t);
        return t;
    }

    /**
     * Removes a thread; the threads after it are renumbered and their
     * references in the initial state, locations, filter and condition
     * ({@code 2:r1} becomes {@code 1:r1}) follow. References to the removed
     * thread stay and are then reported by the checker.
     */
    public static void removeThread(ThreadBlock t) {
        Scenario s = (Scenario) t.eContainer();
        List<ThreadBlock> threads = new ArrayList<>(s.threads());
        int gone = threads.indexOf(t);
        threads.remove(gone);
        s.getElements().remove(t);
        renumber(s, threads);
    }

    /** Moves a thread to position {@code index} among the threads (renumbering them all, references follow). */
    public static void moveThread(ThreadBlock t, int index) {
        Scenario s = (Scenario) t.eContainer();
        List<ThreadBlock> threads = new ArrayList<>(s.threads());
        int old = threads.indexOf(t);
        index = Math.max(0, Math.min(index, threads.size() - 1));
        if (old == index) {
            return;
        }
        // The elements of the threads stay where threads are in the file; their order changes.
        List<Integer> slots = new ArrayList<>();
        for (ThreadBlock x : threads) {
            slots.add(s.getElements().indexOf(x));
        }
        threads.remove(old);
        threads.add(index, t);
        for (int i = 0; i < threads.size(); i++) {
            s.getElements().move(slots.get(i), threads.get(i));
        }
        renumber(s, threads);
    }

    /** Gives threads the numbers of their positions and rewrites register references accordingly. */
    private static void renumber(Scenario s, List<ThreadBlock> threads) {
        Map<Integer, Integer> map = new java.util.HashMap<>();
        for (int i = 0; i < threads.size(); i++) {
            ThreadBlock x = threads.get(i);
            if (x.getIndex() != i) {
                map.put(x.getIndex(), i);
                x.setIndex(i);
                Matcher m = HEAD.matcher(x.getHead());
                if (m.find()) {
                    x.setHead(x.getHead().substring(0, m.start(2)) + i + x.getHead().substring(m.end(2)));
                }
            }
        }
        if (!map.isEmpty()) {
            rewriteReferences(s, ref -> {
                if (ref.matches("\\d+")) {
                    Integer to = map.get(Integer.parseInt(ref));
                    return to == null ? ref : String.valueOf(to);
                }
                return ref;
            });
        }
    }

    /** Sets a thread's readable name (empty removes it); {@code old:reg} references in conditions follow. */
    public static void setRole(ThreadBlock t, String role) {
        String r = role == null ? "" : role.strip();
        if (!r.isEmpty() && !IDENT.matcher(r).matches()) {
            return;
        }
        String old = nz(t.getRole());
        Matcher m = HEAD.matcher(t.getHead());
        if (!m.find()) {
            return;
        }
        String head = t.getHead();
        int at = m.end(2);
        int end = m.group(3) != null ? m.end(3) : at;
        t.setHead(head.substring(0, at) + (r.isEmpty() ? "" : ":" + r) + head.substring(end));
        t.setRole(r);
        if (!old.isEmpty() && !old.equals(r)) {
            String to = r.isEmpty() ? String.valueOf(t.getIndex()) : r;
            rewriteReferences((Scenario) t.eContainer(), ref -> ref.equals(old) ? to : ref);
        }
    }

    /** Sets a thread's parameter list (the text between the parentheses). */
    public static void setParams(ThreadBlock t, String params) {
        String head = t.getHead();
        int open = head.indexOf('(');
        int close = head.lastIndexOf(')');
        if (open < 0 || close < open) {
            return;
        }
        String p = params == null ? "" : params.strip();
        t.setHead(head.substring(0, open + 1) + p + head.substring(close));
        t.setParams(p);
    }

    /** Makes a thread a daemon (need not finish) or an ordinary thread. */
    public static void setDaemon(ThreadBlock t, boolean daemon) {
        if (t.isDaemon() == daemon) {
            return;
        }
        String head = t.getHead();
        if (daemon) {
            int p = head.indexOf('P');
            t.setHead(head.substring(0, p) + "daemon " + head.substring(p));
        } else {
            t.setHead(head.replaceFirst("daemon\\s+", ""));
        }
        t.setDaemon(daemon);
    }

    /**
     * Rewrites the thread part of register references ({@code 1:r0},
     * {@code dio:r0}) in the initial state, locations, filter and final
     * condition.
     */
    private static void rewriteReferences(Scenario s, Function<String, String> map) {
        for (Element e : s.getElements()) {
            if (e instanceof InitState || e instanceof Locations) {
                e.setText(rewrite(e.getText(), map));
            } else if (e instanceof Filter f) {
                f.setText(rewrite(f.getText(), map));
                f.setExpression(rewrite(f.getExpression(), map));
            } else if (e instanceof FinalCondition c) {
                c.setText(rewrite(c.getText(), map));
                c.setExpression(rewrite(c.getExpression(), map));
            }
        }
    }

    static String rewrite(String text, Function<String, String> map) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        List<Token> toks;
        try {
            toks = Lexer.lex("condition", text, false).tokens();
        } catch (ScenarioException e) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int done = 0;
        for (int i = 0; i + 2 < toks.size(); i++) {
            Token a = toks.get(i);
            if ((a.kind() == Token.Kind.INT || a.kind() == Token.Kind.IDENT) && toks.get(i + 1).isPunct(":")
                    && toks.get(i + 2).kind() == Token.Kind.IDENT
                    && (i == 0 || !toks.get(i - 1).isPunct("?"))) {
                String to = map.apply(a.text());
                if (!to.equals(a.text())) {
                    int at = a.pos().offset();
                    out.append(text, done, at).append(to);
                    done = at + a.text().length();
                }
            }
        }
        out.append(text.substring(done));
        return out.toString();
    }

    // ----------------------------------------------- condition, variants, imports

    /** Sets the final condition, adding it at the end when the scenario has none. */
    public static FinalCondition setCondition(Scenario s, Quantifier q, String expression) {
        FinalCondition c = s.condition();
        String expr = expression == null ? "" : ScenarioReader.unparen(expression);
        if (c == null) {
            c = F.createFinalCondition();
            c.setLeading("\n\n");
            s.getElements().add(c);
            if (nz(s.getTrailing()).isEmpty()) {
                s.setTrailing("\n");
            }
        }
        c.setQuantifier(q == null ? Quantifier.EXISTS : q);
        c.setExpression(expr);
        c.setText(c.getQuantifier().getLiteral() + " (" + expr + ")");
        return c;
    }

    /** Selects a variant of a library function ({@code variant f = "v";}); null or empty removes the choice. */
    public static void setVariant(Scenario s, String function, String variant) {
        VariantChoice found = null;
        for (VariantChoice v : s.variantChoices()) {
            if (v.getFunction().equals(function)) {
                found = v;
            }
        }
        if (variant == null || variant.isBlank()) {
            if (found != null) {
                s.getElements().remove(found);
            }
            return;
        }
        if (found == null) {
            found = F.createVariantChoice();
            found.setFunction(function);
            s.getElements().add(afterDeclarationsIndex(s), found);
            found.setLeading("\n");
        }
        found.setVariant(variant.strip());
        found.setText("variant " + function + " = \"" + variant.strip().replace("\"", "") + "\";");
    }

    /** Adds {@code import module;} unless present. */
    public static void addImport(Scenario s, String module) {
        for (Import im : s.imports()) {
            if (im.getModule().equals(module)) {
                return;
            }
        }
        Import im = F.createImport();
        im.setModule(module);
        im.setText("import " + module + ";");
        int at = afterDeclarationsIndex(s);
        s.getElements().add(at, im);
        im.setLeading(at == 1 ? "\n\n" : "\n");
    }

    /** The index after the header, imports and variant choices (where new ones go). */
    private static int afterDeclarationsIndex(Scenario s) {
        int at = 1;
        List<Element> els = s.getElements();
        for (int i = 1; i < els.size(); i++) {
            if (els.get(i) instanceof Import || els.get(i) instanceof VariantChoice) {
                at = i + 1;
            }
        }
        return Math.min(at, els.size());
    }

    /** The block a statement belongs to, or null. */
    public static Block blockOf(Statement st) {
        return st.eContainer() instanceof Block b ? b : null;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
