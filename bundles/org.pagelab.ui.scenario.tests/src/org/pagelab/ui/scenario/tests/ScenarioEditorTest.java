package org.pagelab.ui.scenario.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pagelab.model.scenario.Header;
import org.pagelab.model.scenario.Statement;
import org.pagelab.model.scenario.ThreadBlock;
import org.pagelab.ui.OpenFiles;
import org.pagelab.ui.scenario.ScenarioUi;
import org.pagelab.ui.scenario.internal.Catalog;
import org.pagelab.ui.scenario.internal.ExternalFiles;
import org.pagelab.ui.scenario.internal.ProblemMarkers;
import org.pagelab.ui.scenario.internal.ScenarioEditor;
import org.pagelab.ui.scenario.internal.lanes.LanesPage;
import org.pagelab.ui.scenario.internal.props.ScenarioProperties;
import org.pagelab.ui.scenario.internal.source.ScenarioCompletion;
import org.pagelab.ui.scenario.internal.source.ScenarioHover;
import org.pagelab.ui.scenario.internal.source.ScenarioOutlinePage;
import org.pagelab.ui.scenario.internal.wizard.NewScenarioWizard;

/** The scenario editor as a user drives it: both pages over one model, undo, markers, saving, the wizard. */
class ScenarioEditorTest {
    static final String S1 = "examples/litmus/s1-racy-core-v2-arm64.litmus";
    private Ui.Log log;

    @BeforeEach
    void recordLog() {
        log = new Ui.Log();
    }

    @AfterEach
    void closeAndCheckLog() throws Exception {
        Ui.page().closeAllEditors(false);
        Ui.settle(ProblemMarkers.class);
        log.close();
        var left = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().findMarkers(ScenarioUi.MARKER_PROBLEM, false,
                IResource.DEPTH_INFINITE);
        assertEquals(0, left.length, "closing an editor removes its markers");
        assertEquals(List.of(), log.errors, "errors in the platform log");
    }

    static Path copyOfS1(Path dir) throws Exception {
        Path f = dir.resolve("s1.litmus");
        Files.copy(Ui.project().resolve(S1), f);
        return f;
    }

    static ScenarioEditor open(Path f) {
        IEditorPart e = OpenFiles.open(Ui.page(), f);
        assertInstanceOf(ScenarioEditor.class, e, "scenario files open in the scenario editor");
        return (ScenarioEditor) e;
    }

    @Test
    void s1OpensInSourceAndLanes() throws Exception {
        ScenarioEditor ed = open(Ui.project().resolve(S1));
        assertEquals("s1-racy-core-v2-arm64.litmus", ed.getPartName());
        String text = Files.readString(Ui.project().resolve(S1));
        assertEquals(text, ed.document().document().get());
        assertTrue(ed.document().inSync());
        ed.showPage(ScenarioEditor.LANES_PAGE);
        LanesPage lanes = ed.lanesPage();
        assertEquals(List.of(
                "P0: int r0; | int r1; | r0 = atomic_add_return(1, refcount); | r1 = READ_ONCE(*pte);",
                "P1: int r0; | int r1; | int r2; | r0 = xchg_relaxed(pte, 0); | r1 = atomic_read(refcount); | smp_rmb(); | r2 = READ_ONCE(*mapcount);"),
                lanes.laneTexts());
        // the canvas drew a box for every statement, the threads, the initial state and the condition
        assertEquals(11, lanes.canvas().boxes().stream().filter(b -> b.kind().equals("statement")).count());
        assertNotNull(lanes.canvas().boxOf(ed.model().condition()));
        assertNotNull(lanes.canvas().boxOf(ed.model().initState()));
        ScenarioOutlinePage outline = (ScenarioOutlinePage) ed.getAdapter(org.eclipse.ui.views.contentoutline.IContentOutlinePage.class);
        assertTrue(outline.labels().contains("exists (0:r1=1 /\\ 1:r1=2 /\\ 1:r2=1)"), outline.labels().toString());
        assertEquals("s1-racy-core-v2-arm64  (Result: Sometimes, lkmm)", outline.labels().get(0));
        lanes.select(ed.model().threads().get(1).getStatements().get(3));
        assertTrue(Files.size(Ui.screenshot("s1-lanes")) > 10_000);
    }

    @Test
    void lanesEditsShowInSourceAndUndoCoversThem(@TempDir Path dir) throws Exception {
        Path f = copyOfS1(dir);
        String original = Files.readString(f);
        ScenarioEditor ed = open(f);
        ed.showPage(ScenarioEditor.LANES_PAGE);
        LanesPage lanes = ed.lanesPage();
        IDocument doc = ed.document().document();
        ThreadBlock p1 = ed.model().threads().get(1);
        Catalog.Fn mb = Catalog.library().function("smp_mb");

        // drag smp_mb from the palette to P1 after the PTE clear
        assertTrue(lanes.insertOperation(mb, p1, 4));
        assertTrue(doc.get().contains("\tr0 = xchg_relaxed(pte, 0);\t\t/* ptep_get_and_clear() on arm64 */\n\tsmp_mb();\n"
                + "\tr1 = atomic_read(refcount);"), doc.get());
        assertEquals(original.replace("arm64 */\n\tr1 = atomic_read", "arm64 */\n\tsmp_mb();\n\tr1 = atomic_read"), doc.get(),
                "only the inserted line changed");
        assertTrue(ed.isDirty());
        assertInstanceOf(Statement.class, lanes.selected());

        // move gup-fast's PTE re-read from P0 to the top of P1
        Statement reread = ed.model().threads().get(0).getStatements().get(3);
        assertTrue(lanes.moveStatement(reread, p1, 0));
        assertTrue(lanes.laneTexts().get(1).startsWith("P1: r1 = READ_ONCE(*pte); | int r0;"), lanes.laneTexts().toString());
        assertTrue(doc.get().contains("{\n\tr1 = READ_ONCE(*pte);\t\t\t/* gup-fast: pte changed? */\n\tint r0;"), doc.get());

        // Edit > Undo with the Lanes page showing takes back the move, then the insertion
        var undo = ed.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
        assertNotNull(undo, "undo is hooked on the Lanes page");
        undo.run();
        Ui.waitFor("the lanes follow the undo", () -> lanes.laneTexts().get(0).endsWith("r1 = READ_ONCE(*pte);"));
        undo.run();
        Ui.waitFor("back to the file", () -> doc.get().equals(original) && !lanes.laneTexts().get(1).contains("smp_mb"));
        var redo = ed.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.REDO.getId());
        redo.run();
        Ui.waitFor("redo", () -> lanes.laneTexts().get(1).contains("smp_mb();"));

        // threads: add one, rename it in the Properties view, remove it again
        ThreadBlock added = lanes.addThread("writeback");
        assertNotNull(added);
        assertTrue(doc.get().contains("P2:writeback(int *pte, atomic_t *refcount, int *mapcount)\n{\n}"), doc.get());
        IPropertySource ps = new ScenarioProperties(ed.document(), m -> { }).getPropertySource(added);
        ps.setPropertyValue("role", "flusher");
        assertTrue(doc.get().contains("P2:flusher("), doc.get());
        lanes.select(ed.model().threads().get(2));
        assertTrue(lanes.removeSelectedThread());
        assertFalse(doc.get().contains("P2"), doc.get());

        // save: the file on disk is replaced (atomically: a new inode), comments intact
        Object inode = Files.getAttribute(f, "unix:ino");
        ed.doSave(null);
        assertFalse(ed.isDirty());
        assertEquals(doc.get(), Files.readString(f));
        assertNotEquals(inode, Files.getAttribute(f, "unix:ino"), "saved through a temporary file and a rename");
        assertTrue(Files.readString(f).contains("Yu Zhao put it (Jan 13 2022)"));
    }

    @Test
    void sourceEditsShowInLanes(@TempDir Path dir) throws Exception {
        Path f = copyOfS1(dir);
        ScenarioEditor ed = open(f);
        IDocument doc = ed.document().document();
        ThreadBlock p0 = ed.model().threads().get(0);
        Statement grab = p0.getStatements().get(2);
        int at = doc.get().indexOf("\tr1 = READ_ONCE(*pte);");
        doc.replace(at, 0, "\tsmp_mb();\n");
        ed.showPage(ScenarioEditor.LANES_PAGE); // switching pages checks at once
        assertEquals("P0: int r0; | int r1; | r0 = atomic_add_return(1, refcount); | smp_mb(); | r1 = READ_ONCE(*pte);",
                ed.lanesPage().laneTexts().get(0));
        assertTrue(p0 == ed.model().threads().get(0) && grab == p0.getStatements().get(2), "objects kept across the edit");
        ed.showPage(ScenarioEditor.SOURCE_PAGE);
        doc.replace(doc.get().indexOf("P1("), 3, "P1:reclaim(");
        Ui.waitFor("the model follows typing", () -> "reclaim".equals(ed.model().threads().get(1).getRole()));
    }

    @Test
    void malformedScenarioShowsMarkersAndNeverBreaksTheEditor(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.pgl");
        Files.writeString(f, "C bad\n\nP0(int *x)\n{\n\tWRITE_ONCE(*x, 1)\n}\n\nexists (x=1)\n");
        ScenarioEditor ed = open(f);
        var file = ed.file();
        assertTrue(ExternalFiles.isLink(file), "an outside file is linked into the hidden project");
        Ui.waitFor("a problem marker", () -> markers(file).length == 1);
        IMarker m = markers(file)[0];
        assertEquals(6, m.getAttribute(IMarker.LINE_NUMBER, -1));
        assertEquals(IMarker.SEVERITY_ERROR, m.getAttribute(IMarker.SEVERITY, -1));
        assertTrue(m.getAttribute(IMarker.MESSAGE, "").contains("expected ';'"), m.getAttribute(IMarker.MESSAGE, ""));

        // the Problems view lists it
        IViewPart problems = Ui.page().showView("org.eclipse.ui.views.ProblemView");
        List<List<String>> seen = new java.util.ArrayList<>(List.of(List.of()));
        try {
            Ui.waitFor("the Problems view lists one error", 30, () -> {
                seen.set(0, Ui.treeTexts(controlOf(problems)));
                return seen.get(0).stream().anyMatch(s -> s.startsWith("Errors (1 item)"));
            });
            // (its tree is virtual: under Xvfb the rows below the group get no text; the marker's
            // message and line are checked on the marker above)
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the view shows " + seen.get(0));
        }

        // the Lanes page explains, refuses graphical edits, and does not fail
        ed.showPage(ScenarioEditor.LANES_PAGE);
        LanesPage lanes = ed.lanesPage();
        assertTrue(lanes.status().startsWith("The source has an error at 6:1"), lanes.status());
        assertFalse(lanes.addThread("x") != null, "graphical edits wait for a text that parses");
        assertEquals(List.of(), lanes.laneTexts(), "nothing parsed yet");

        // fixing the text clears the marker and fills the lanes
        IDocument doc = ed.document().document();
        doc.replace(doc.get().indexOf("1)\n}"), 2, "1);");
        Ui.waitFor("the marker goes", () -> markers(file).length == 0);
        assertEquals(List.of("P0: WRITE_ONCE(*x, 1);"), lanes.laneTexts());

        // garbage of every kind never throws
        for (String junk : new String[] { "", "C", "(* unterminated", "C x\nP0() { \"abc", "\u0000\u0001#include <x>",
            "C x\nP0(int *x) { if (x { } }", "C x\n{ x= }\nP0(){}\nexists (" }) {
            doc.set(junk);
            ed.document().reconcileNow();
            assertTrue(ed.document().hasErrors(), junk);
        }
        ed.showPage(ScenarioEditor.SOURCE_PAGE);
    }

    static IMarker[] markers(org.eclipse.core.resources.IFile f) {
        try {
            return f.findMarkers(ScenarioUi.MARKER_PROBLEM, false, IResource.DEPTH_ZERO);
        } catch (org.eclipse.core.runtime.CoreException e) {
            return new IMarker[0];
        }
    }

    static org.eclipse.swt.widgets.Control controlOf(IViewPart v) {
        // the Problems view's selection provider is its tree viewer
        return v.getSite().getSelectionProvider() instanceof org.eclipse.jface.viewers.Viewer viewer ? viewer.getControl() : null;
    }

    @Test
    void variantsArePickedFromAListAndWrittenAsVariantLines(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("variants.pgl");
        Files.writeString(f, """
                C variants

                (* Result: Never *)

                __variant("5.16") void discard(int *pte) { WRITE_ONCE(*pte, 0); }
                __variant("v2") void discard(int *pte) { smp_mb(); WRITE_ONCE(*pte, 0); }

                P0(int *pte)
                {
                \tdiscard(pte);
                }

                exists (pte=1)
                """);
        ScenarioEditor ed = open(f);
        Header h = ed.model().header();
        IPropertySource ps = new ScenarioProperties(ed.document(), m -> { }).getPropertySource(h);
        boolean listed = false;
        for (var d : ps.getPropertyDescriptors()) {
            listed |= d.getId().equals("variant:discard");
        }
        assertTrue(listed, "the scenario's own function with variants is listed");
        ps.setPropertyValue("variant:discard", 2);
        assertTrue(ed.document().document().get().contains("variant discard = \"v2\";"), ed.document().document().get());
        ps.setPropertyValue("expected", 2);
        assertTrue(ed.document().document().get().contains("(* Result: Sometimes *)"));
        ed.showPage(ScenarioEditor.LANES_PAGE);
        assertTrue(ed.lanesPage().setVariant("discard", "5.16"));
        assertTrue(ed.document().document().get().contains("variant discard = \"5.16\";"));
        assertTrue(ed.lanesPage().setVariant("discard", null));
        assertFalse(ed.document().document().get().contains("variant discard"));
    }

    @Test
    void statementPropertiesEditArguments(@TempDir Path dir) throws Exception {
        ScenarioEditor ed = open(copyOfS1(dir));
        Statement grab = ed.model().threads().get(0).getStatements().get(2);
        ed.showPage(ScenarioEditor.LANES_PAGE);
        ed.lanesPage().select(grab);
        var sel = ed.getSite().getSelectionProvider().getSelection();
        assertEquals(new StructuredSelection(grab), sel, "the editor's selection is the Lanes page's");
        IPropertySource ps = new ScenarioProperties(ed.document(), m -> { }).getPropertySource(grab);
        assertEquals("1", ps.getPropertyValue("arg0"));
        ps.setPropertyValue("arg0", "2");
        ps.setPropertyValue("target", "");
        assertTrue(ed.document().document().get().contains("\tatomic_add_return(2, refcount);\t/* try_grab_compound_head() */"),
                ed.document().document().get());
    }

    @Test
    void contentAssistAndHoverKnowThePrimitivesAndTheLibrary() {
        ScenarioCompletion c = new ScenarioCompletion(Catalog::library);
        String text = "C x\nP0(int *x) {\n\tREAD";
        var props = c.proposals(text, text.length());
        assertTrue(props.stream().anyMatch(p -> p.getDisplayString().startsWith("READ_ONCE(*x)")), props.toString());
        String h = new ScenarioHover(Catalog::library).info("atomic_add_return");
        assertTrue(h.contains("full barrier"), h);
        // library functions, with their parameters
        text = "C x\nimport mm;\nP0(struct page *P) {\n\ttry_to_unm";
        props = c.proposals(text, text.length());
        assertTrue(props.stream().anyMatch(p -> p.getDisplayString().startsWith("bool try_to_unmap_one(struct page *page")),
                props.toString());
        // variants of a function
        text = "C x\nimport mm;\nvariant try_to_unmap_one = \"";
        List<String> variants = c.proposals(text, text.length()).stream().map(p -> p.getDisplayString()).toList();
        assertTrue(variants.containsAll(List.of("5.16 (try_to_unmap_one)", "v2 (try_to_unmap_one)", "v3 (try_to_unmap_one)")),
                variants.toString());
        text = "C x\nimport mm;\nvariant try_to";
        assertTrue(c.proposals(text, text.length()).stream().anyMatch(p -> p.getDisplayString().startsWith("try_to_unmap_one")));
        // fields of the struct a variable points to
        text = "C x\nimport mm;\nP0(struct page *P) {\n\tint r = P->_ref";
        List<String> fields = c.proposals(text, text.length()).stream().map(p -> p.getDisplayString()).toList();
        assertTrue(fields.stream().anyMatch(f -> f.startsWith("_refcount - struct page._refcount")), fields.toString());
        // hover: a library function's definition and where it is
        String def = new ScenarioHover(Catalog::library).info("try_to_unmap_one");
        assertTrue(def.contains("Variants: 5.16, v2, v3") && def.contains("lib/mm/rmap.pgl:") && def.contains("__variant(\"5.16\")\nbool try_to_unmap_one("), def);
    }

    @Test
    void newScenarioWizardWritesATemplateAndOpensIt(@TempDir Path dir) throws Exception {
        NewScenarioWizard w = new NewScenarioWizard();
        WizardDialog d = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), w);
        d.create();
        try {
            w.page().set(dir, "race.pgl", "my-race", 2);
            assertEquals(4, org.pagelab.ui.scenario.internal.wizard.Templates.ALL.size());
            assertTrue(w.canFinish());
            assertTrue(w.performFinish());
        } finally {
            d.close();
        }
        Path f = dir.resolve("race.pgl");
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("C my-race\n"), text);
        assertTrue(text.contains("P0:dio(") && text.contains("P1:reclaim("), text);
        assertInstanceOf(ScenarioEditor.class, Ui.page().getActiveEditor());
        ScenarioEditor ed = (ScenarioEditor) Ui.page().getActiveEditor();
        assertTrue(ed.document().inSync() && !ed.document().hasErrors());
        assertEquals(2, ed.model().threads().size());
        // never over an existing file
        NewScenarioWizard w2 = new NewScenarioWizard();
        WizardDialog d2 = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), w2);
        d2.create();
        try {
            w2.page().set(dir, "race.pgl", "other", 0);
            assertFalse(w2.canFinish(), "the page refuses an existing file");
        } finally {
            d2.close();
        }
        assertEquals(text, Files.readString(f));
        // the seed race on the kernel model, which compiles as it comes
        NewScenarioWizard w3 = new NewScenarioWizard();
        WizardDialog d3 = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), w3);
        d3.create();
        try {
            w3.page().set(dir, "s1.pgl", "s1-mine", 3);
            assertTrue(w3.performFinish());
        } finally {
            d3.close();
        }
        ScenarioEditor s1 = (ScenarioEditor) Ui.page().getActiveEditor();
        assertTrue(s1.document().document().get().startsWith("C s1-mine\n"));
        Ui.waitFor("the compiler's check", () -> s1.document().semanticChecked());
        assertEquals(List.of(), s1.document().problems());
    }
}
