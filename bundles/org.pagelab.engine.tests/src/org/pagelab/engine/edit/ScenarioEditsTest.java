package org.pagelab.engine.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pagelab.engine.lang.Ast;
import org.pagelab.engine.lang.Parser;
import org.pagelab.engine.lang.ScenarioException;
import org.pagelab.model.scenario.Quantifier;
import org.pagelab.model.scenario.Scenario;
import org.pagelab.model.scenario.Statement;
import org.pagelab.model.scenario.StatementKind;
import org.pagelab.model.scenario.ThreadBlock;
import org.pagelab.model.scenario.Verdict;

/** Edits regenerate only what they touch, and their results parse and read back the same. */
class ScenarioEditsTest {
    static final String S = """
            C sb-core

            (*
             * Result: Sometimes
             *
             * store buffering, as in race S1
             *)

            {
            \tpte=1;
            \trefcount=2;
            }

            P0(int *pte, atomic_t *refcount)
            {
            \tint r0;
            \tint r1;

            \tr0 = atomic_add_return(1, refcount);\t/* try_grab_compound_head() */
            \tr1 = READ_ONCE(*pte);\t\t\t/* gup-fast: pte changed? */
            }

            P1:reclaim(int *pte, atomic_t *refcount)
            {
            \tint r0;
            \tint r1;

            \tr0 = xchg_relaxed(pte, 0);
            \tr1 = atomic_read(refcount);
            }

            P2(int *pte)
            {
            \tWRITE_ONCE(*pte, 3);
            }

            exists (0:r1=1 /\\ reclaim:r1=2 /\\ 2:r9=0 /\\ 1:r0=1)
            """;

    static Scenario read(String text) throws ScenarioException {
        return ScenarioReader.read("t.pgl", text);
    }

    /** Writes, checks that the text parses and that reading it back writes the same. */
    static String written(Scenario s) throws ScenarioException {
        String text = ScenarioWriter.write(s);
        Parser.parseScenario("t.pgl", text);
        assertEquals(text, ScenarioWriter.write(read(text)));
        return text;
    }

    @Test
    void argumentEditChangesOnlyThatStatement() throws Exception {
        Scenario s = read(S);
        Statement st = s.threads().get(0).getStatements().get(2);
        assertEquals(StatementKind.ASSIGN_CALL, st.getKind());
        assertEquals("atomic_add_return", st.getFunction());
        assertEquals(List.of("1", "refcount"), st.getArguments());
        ScenarioEdits.setArgument(st, 0, "2");
        assertEquals(S.replace("atomic_add_return(1, refcount)", "atomic_add_return(2, refcount)"), written(s));
        ScenarioEdits.setTarget(st, "");
        assertEquals(S.replace("r0 = atomic_add_return(1, refcount)", "atomic_add_return(2, refcount)"), written(s));
        ScenarioEdits.setFunction(st, "atomic_inc");
        ScenarioEdits.setArguments(st, List.of("refcount"));
        assertEquals(S.replace("r0 = atomic_add_return(1, refcount)", "atomic_inc(refcount)"), written(s));
    }

    @Test
    void movingAStatementBetweenLanesKeepsItsComment() throws Exception {
        Scenario s = read(S);
        ThreadBlock p0 = s.threads().get(0);
        ThreadBlock p1 = s.threads().get(1);
        Statement grab = p0.getStatements().get(2);
        ScenarioEdits.move(grab, p1, 4);
        String text = written(s);
        assertTrue(text.contains("\tr0 = xchg_relaxed(pte, 0);\n\tr1 = atomic_read(refcount);\n"
                + "\tr0 = atomic_add_return(1, refcount);\t/* try_grab_compound_head() */\n}"), text);
        assertTrue(text.contains("\tint r1;\n\tr1 = READ_ONCE(*pte);"), text);
        // and back to the top of P0, in the same lane: reorder
        ScenarioEdits.move(grab, p0, 0);
        ScenarioEdits.move(p0.getStatements().get(0), p0, 3);
        assertEquals("r0 = atomic_add_return(1, refcount);", p0.getStatements().get(2).getText());
        written(s);
    }

    @Test
    void insertingAParsedStatementUsesTheLaneIndentation() throws Exception {
        Scenario s = read(S);
        Statement mb = ScenarioEdits.parseStatement("  smp_mb();  ");
        assertEquals(StatementKind.CALL, mb.getKind());
        assertEquals("smp_mb", mb.getFunction());
        ScenarioEdits.insert(s.threads().get(1), 3, mb);
        assertTrue(written(s).contains("\tr0 = xchg_relaxed(pte, 0);\n\tsmp_mb();\n\tr1 = atomic_read(refcount);"));
        assertThrows(ScenarioException.class, () -> ScenarioEdits.parseStatement("r0 = ;"));
        assertThrows(ScenarioException.class, () -> ScenarioEdits.parseStatement("a(); b();"));
    }

    @Test
    void removingAThreadRenumbersTheOthersAndTheirReferences() throws Exception {
        Scenario s = read(S);
        ScenarioEdits.removeThread(s.threads().get(0));
        String text = written(s);
        assertTrue(text.contains("P0:reclaim(int *pte, atomic_t *refcount)"), text);
        assertTrue(text.contains("P1(int *pte)"), text);
        // 0:r1 referred to the removed thread and stays (the checker reports it); 2: -> 1:, 1: -> 0:
        assertTrue(text.endsWith("exists (0:r1=1 /\\ reclaim:r1=2 /\\ 1:r9=0 /\\ 0:r0=1)\n"), text);
        Ast.Scenario ast = Parser.parseScenario("t", text);
        assertEquals(2, ast.threads().size());
        assertEquals("reclaim", ast.threads().get(0).name());
    }

    @Test
    void addingMovingAndRenamingThreads() throws Exception {
        Scenario s = read(S);
        ThreadBlock t = ScenarioEdits.addThread(s, "writeback", "int *pte");
        assertEquals(3, t.getIndex());
        ScenarioEdits.insert(t, 0, ScenarioEdits.parseStatement("WRITE_ONCE(*pte, 0);"));
        String text = written(s);
        assertTrue(text.contains("P3:writeback(int *pte)\n{\n\tWRITE_ONCE(*pte, 0);\n}\n\nexists"), text);
        ScenarioEdits.moveThread(t, 0);
        text = written(s);
        assertTrue(text.indexOf("P0:writeback") < text.indexOf("P1(int *pte, atomic_t"), text);
        assertTrue(text.contains("exists (1:r1=1 /\\ reclaim:r1=2 /\\ 3:r9=0 /\\ 2:r0=1)"), text);
        ScenarioEdits.setRole(s.threads().get(2), "rmap");
        text = written(s);
        assertTrue(text.contains("P2:rmap(int *pte, atomic_t *refcount)"), text);
        assertTrue(text.contains("rmap:r1=2"), text);
        ScenarioEdits.setRole(s.threads().get(1), "dio");
        ScenarioEdits.setDaemon(s.threads().get(3), true);
        ScenarioEdits.setParams(s.threads().get(3), "int *pte, int *x");
        text = written(s);
        assertTrue(text.contains("P1:dio(int *pte, atomic_t *refcount)\n{"), text);
        assertTrue(text.contains("daemon P3(int *pte, int *x)\n{"), text);
    }

    @Test
    void expectedVerdictAndModelRewriteTheHeaderComment() throws Exception {
        Scenario s = read(S);
        ScenarioEdits.setExpected(s, Verdict.NEVER);
        assertEquals(S.replace("Result: Sometimes", "Result: Never"), written(s));
        ScenarioEdits.setMemoryModel(s, "lkmm");
        assertEquals(S.replace("Result: Sometimes", "Result: Never\n * Model: lkmm"), written(s));
        assertEquals("lkmm", read(written(s)).getMemoryModel());
        ScenarioEdits.setMemoryModel(s, "sc");
        assertEquals(S.replace("Result: Sometimes", "Result: Never\n * Model: sc"), written(s));
        ScenarioEdits.setMemoryModel(s, "");
        ScenarioEdits.setExpected(s, Verdict.UNSPECIFIED);
        assertEquals(S.replace(" * Result: Sometimes\n", ""), written(s));
        assertEquals(Verdict.UNSPECIFIED, read(written(s)).getExpected());

        Scenario bare = read("C bare\nP0(int *x) { WRITE_ONCE(*x, 1); }\nexists (x=1)\n");
        ScenarioEdits.setExpected(bare, Verdict.ALWAYS);
        ScenarioEdits.setMemoryModel(bare, "tso");
        Scenario back = read(written(bare));
        assertEquals(Verdict.ALWAYS, back.getExpected());
        assertEquals("tso", back.getMemoryModel());
    }

    @Test
    void conditionVariantsAndImports() throws Exception {
        Scenario s = read(S);
        ScenarioEdits.setCondition(s, Quantifier.NOT_EXISTS, "(0:r1=1)");
        assertTrue(written(s).endsWith("~exists (0:r1=1)\n"));
        ScenarioEdits.addImport(s, "mm");
        ScenarioEdits.setVariant(s, "try_to_unmap_one", "v2");
        String text = written(s);
        assertTrue(text.startsWith("C sb-core\n\nimport mm;\nvariant try_to_unmap_one = \"v2\";\n\n(*"), text);
        ScenarioEdits.setVariant(s, "try_to_unmap_one", "5.16");
        assertTrue(written(s).contains("variant try_to_unmap_one = \"5.16\";"));
        ScenarioEdits.setVariant(s, "try_to_unmap_one", null);
        assertTrue(written(s).startsWith("C sb-core\n\nimport mm;\n\n(*"));
        ScenarioEdits.addImport(s, "mm");
        assertEquals(1, s.imports().size());

        Scenario none = read("C none\nP0(int *x) { WRITE_ONCE(*x, 1); }");
        ScenarioEdits.setCondition(none, Quantifier.EXISTS, "x=1");
        assertEquals("C none\nP0(int *x) { WRITE_ONCE(*x, 1); }\n\nexists (x=1)\n", written(none));
    }

    @Test
    void declarationsAndAssignments() throws Exception {
        Scenario s = read("C d\nP0(int *x) {\n\tstruct page *page = alloc_page(GFP_KERNEL);\n\tint r2 = 0;\n\tr2 += 1;\n"
                + "\tif (r2) { r2 = 1; }\n}\n");
        List<Statement> sts = s.threads().get(0).getStatements();
        Statement alloc = sts.get(0);
        assertEquals(StatementKind.ASSIGN_CALL, alloc.getKind());
        assertEquals("struct page *", alloc.getDeclType());
        assertEquals("page", alloc.getTarget());
        ScenarioEdits.setArguments(alloc, List.of("GFP_HIGHUSER"));
        assertEquals("struct page *page = alloc_page(GFP_HIGHUSER);", alloc.getText());
        Statement decl = sts.get(1);
        assertEquals(StatementKind.DECLARATION, decl.getKind());
        assertEquals("0", decl.getValue());
        ScenarioEdits.setValue(decl, "5");
        assertEquals("int r2 = 5;", decl.getText());
        Statement add = sts.get(2);
        assertEquals(StatementKind.ASSIGNMENT, add.getKind());
        assertEquals("+=", add.getOperator());
        ScenarioEdits.setValue(add, "2");
        assertEquals("r2 += 2;", add.getText());
        assertEquals(StatementKind.CONTROL, sts.get(3).getKind());
        ScenarioEdits.setText(sts.get(3), "if (r2 == 7) { r2 = 0; }");
        assertEquals(StatementKind.CONTROL, sts.get(3).getKind());
        written(s);
    }

    @Test
    void layoutGivesTheSpanOfEveryPart() throws Exception {
        Scenario s = read(S);
        String text = ScenarioWriter.write(s);
        var layout = ScenarioWriter.layout(s);
        assertEquals(new ScenarioWriter.Span(0, text.length()), layout.get(s));
        for (ThreadBlock t : s.threads()) {
            var sp = layout.get(t);
            assertEquals(ScenarioWriter.text(t), text.substring(sp.offset(), sp.end()));
            for (Statement st : t.getStatements()) {
                var ss = layout.get(st);
                assertEquals(st.getText(), text.substring(ss.offset(), ss.end()));
            }
        }
        var c = layout.get(s.condition());
        assertEquals(s.condition().getText(), text.substring(c.offset(), c.end()));
    }

    @Test
    void mergeKeepsTheObjectsThatDidNotChange() throws Exception {
        Scenario s = read(S);
        ThreadBlock p0 = s.threads().get(0);
        ThreadBlock p1 = s.threads().get(1);
        Statement read = p0.getStatements().get(3);
        Statement xchg = p1.getStatements().get(2);
        String edited = S.replace("\tr0 = atomic_add_return(1, refcount);", "\tsmp_mb();\n\tr0 = atomic_add_return(1, refcount);")
                .replace("xchg_relaxed(pte, 0)", "xchg(pte, 0)");
        ScenarioMerge.merge(s, read(edited));
        assertEquals(edited, ScenarioWriter.write(s));
        assertTrue(p0 == s.threads().get(0) && p1 == s.threads().get(1), "threads kept");
        assertTrue(read == p0.getStatements().get(4), "the statement after the insertion is the same object");
        assertEquals(21, read.getLine(), "and its line follows the text");
        assertTrue(xchg == p1.getStatements().get(2), "an edited statement facing its old self is updated in place");
        assertEquals("xchg", xchg.getFunction());
        ScenarioMerge.merge(s, read(S));
        assertEquals(S, ScenarioWriter.write(s));
        assertEquals(4, p0.getStatements().size());
    }
}
