package org.pagelab.ui.scenario.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pagelab.ui.OpenFiles;
import org.pagelab.ui.scenario.ScenarioUi;
import org.pagelab.ui.scenario.internal.ProblemMarkers;
import org.pagelab.ui.scenario.internal.ScenarioEditor;
import org.pagelab.ui.scenario.internal.explore.ExploreDialog;
import org.pagelab.ui.scenario.internal.explore.ExploreHandler;
import org.pagelab.ui.scenario.internal.explore.ExploreJob;
import org.pagelab.ui.scenario.internal.explore.ExploreRun;
import org.pagelab.ui.scenario.internal.explore.LaunchConfig;
import org.pagelab.ui.scenario.internal.explore.Runs;
import org.pagelab.ui.scenario.internal.views.CounterexampleView;
import org.pagelab.ui.scenario.internal.views.Diagram;
import org.pagelab.ui.scenario.internal.views.VerdictView;

/** Explore in the workbench: the job, the launch dialog, the Verdict and Counterexample views. */
class ExploreTest {
    private Ui.Log log;

    @BeforeEach
    void start() {
        log = new Ui.Log();
        Runs.get().clear();
    }

    @AfterEach
    void closeAndCheckLog() {
        Ui.page().closeAllEditors(false);
        Ui.settle(ProblemMarkers.class);
        log.close();
        assertEquals(List.of(), log.errors, "errors in the platform log");
    }

    static Path data(String name) {
        return Ui.project().resolve("bundles/org.pagelab.ui.scenario.tests/data/" + name);
    }

    static ScenarioEditor open(Path f) {
        IEditorPart e = OpenFiles.open(Ui.page(), f);
        assertInstanceOf(ScenarioEditor.class, e);
        return (ScenarioEditor) e;
    }

    /** Runs an exploration job to its end while the UI keeps running; returns the run the views got. */
    static ExploreRun explore(ScenarioEditor ed, LaunchConfig cfg) {
        ExploreJob job = ExploreHandler.launch(ed, cfg);
        Ui.waitFor("the exploration", 120, () -> job.getResult() != null && Runs.get().shown() == job.result());
        return job.result();
    }

    @Test
    void s1RacyCoreUnderTheLkmmHasAWitnessInCpuColumns() throws Exception {
        ScenarioEditor ed = open(Ui.project().resolve(ScenarioEditorTest.S1));
        // the launch dialog: the file's Model: line is the default; choose lkmm explicitly
        ExploreDialog d = ExploreHandler.dialog(ed, LaunchConfig.defaults(ed.model().getMemoryModel()));
        d.setBlockOnOpen(false);
        d.open();
        d.choose("lkmm", null, null);
        d.accept();
        LaunchConfig cfg = d.config();
        assertEquals("lkmm", cfg.model());
        ExploreRun run = explore(ed, cfg);
        assertEquals("Sometimes", run.verdict());
        assertEquals(Boolean.TRUE, run.match(), run.summary());
        assertNotNull(run.witness());

        VerdictView v = (VerdictView) Ui.page().showView(ScenarioUi.VIEW_VERDICT);
        assertTrue(v.verdictText().startsWith("Sometimes"), v.verdictText());
        assertEquals("lkmm", v.fields().get("Model"));
        assertEquals("Sometimes", v.fields().get("Expected"));
        assertTrue(v.fields().get("Condition").startsWith("exists (0:r1=1"), v.fields().get("Condition"));
        assertTrue(v.linkText().contains("witness"), v.linkText());
        v.followLink();
        CounterexampleView cx = (CounterexampleView) Ui.page().findView(ScenarioUi.VIEW_COUNTEREXAMPLE);
        assertNotNull(cx, "the link opens the Counterexample view");
        Diagram dg = cx.diagram();
        assertEquals(2, dg.columns().size());
        assertTrue(dg.columns().get(0).startsWith("CPU0"), dg.columns().toString());
        String text = cx.mailText();
        assertTrue(text.contains("pte=0") && text.contains("refcount=2"), text);
        // the choice is remembered for the file
        assertEquals("lkmm", LaunchConfig.load(org.pagelab.ui.scenario.internal.Activator.get().getDialogSettings()
                .getSection("explore:" + ed.key())).model());
    }

    @Test
    void scCounterexampleStepsSelectionAndSource(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("lost.pgl");
        Files.copy(data("lost.pgl"), f);
        ScenarioEditor ed = open(f);
        ExploreRun run = explore(ed, LaunchConfig.defaults(""));
        assertEquals("Sometimes", run.verdict());
        assertEquals(Boolean.TRUE, run.match());
        assertEquals(4, run.steps(), "the shortest lost update: read, read, write, write");

        CounterexampleView cx = (CounterexampleView) Ui.page().showView(ScenarioUi.VIEW_COUNTEREXAMPLE);
        Diagram dg = cx.diagram();
        assertEquals(List.of("CPU0 / cpu0", "CPU1 / cpu1"), dg.columns());
        assertEquals(4, dg.cells().size());
        assertEquals(0, dg.cells().get(0).column());
        assertEquals(1, dg.cells().get(1).column(), "the second read is on the other CPU");
        assertTrue(dg.cells().get(2).lines().contains("  count 0 -> 1"), dg.cells().get(2).lines().toString());
        String mail = cx.mailText();
        assertTrue(mail.startsWith("cpu0") && mail.contains("cpu0: count 0 -> 1") && mail.contains("cpu1: count = 0"), mail);

        Runs.get().selectStep(2);
        assertTrue(cx.detailsText().startsWith("Step 3 of 4 on CPU0 / cpu0"), cx.detailsText());
        assertTrue(cx.detailsText().contains("count 0 -> 1"), cx.detailsText());
        assertTrue(cx.detailsText().contains("int count: value=1"), cx.detailsText());
        Ui.screenshot("counterexample-lost-update");
        // double-click / Enter: the step's line in the scenario
        Ui.page().activate(cx);
        Runs.get().selectStep(3);
        cx.showSource(3);
        var sel = (org.eclipse.jface.text.ITextSelection) ed.sourcePage().getSelectionProvider().getSelection();
        assertEquals(26, sel.getStartLine() + 1, "step 4 is cpu1's WRITE_ONCE, line 26 of the file");
        assertEquals(ScenarioEditor.SOURCE_PAGE, ed.activePage());
    }

    @Test
    void aViolationIsTheCounterexampleAndFailsTheExpectation(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("assert.pgl");
        Files.copy(data("assert.pgl"), f);
        ExploreRun run = explore(open(f), LaunchConfig.defaults(""));
        assertEquals(Boolean.FALSE, run.match(), "an invariant the condition does not mention fails the check");
        assertTrue(run.summary().startsWith("Violated: assert: refcount underflow"), run.summary());
        assertEquals("violation", run.trace().kind());
        CounterexampleView cx = (CounterexampleView) Ui.page().showView(ScenarioUi.VIEW_COUNTEREXAMPLE);
        assertTrue(cx.diagram().cells().get(cx.diagram().cells().size() - 1).bad(), "the violating step is marked");
        VerdictView v = (VerdictView) Ui.page().showView(ScenarioUi.VIEW_VERDICT);
        assertTrue(v.verdictText().contains("expected"), v.verdictText());
    }

    @Test
    void exploringAScenarioWithErrorsExplainsWhyAndDoesNotRun(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.pgl");
        Files.writeString(f, "C bad\nP0(int *x) { WRITE_ONCE(*x, 1) }\nexists (x=1)\n");
        ScenarioEditor ed = open(f);
        String why = ExploreHandler.cannotExplore(ed);
        assertNotNull(why);
        assertTrue(why.startsWith("Cannot explore bad.pgl: it has an error, the first at line 2"), why);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(ExploreHandler.EXPLORE_AGAIN, null);
        assertEquals(why, Runs.get().refusal());
        VerdictView v = (VerdictView) Ui.page().showView(ScenarioUi.VIEW_VERDICT);
        assertEquals("Not explored", v.verdictText());
        assertTrue(v.fields().get("Found").contains("line 2"), v.fields().toString());
        assertTrue(Runs.get().all().isEmpty(), "nothing ran");
        assertEquals(0, org.eclipse.core.runtime.jobs.Job.getJobManager().find(ExploreJob.FAMILY).length);
    }

    @Test
    void cancelStopsTheEngineWithAnIncompleteRun() throws Exception {
        ScenarioEditor ed = open(data("huge.pgl"));
        ExploreJob job = ExploreHandler.launch(ed, new LaunchConfig("sc", java.util.Map.of(), 120, 0));
        Ui.waitFor("the job runs", () -> job.getState() == org.eclipse.core.runtime.jobs.Job.RUNNING);
        long t0 = System.currentTimeMillis();
        Ui.waitFor("some states", () -> System.currentTimeMillis() - t0 > 700);
        job.cancel();
        Ui.waitFor("the engine stops", 20, () -> job.getResult() != null && Runs.get().shown() == job.result());
        assertEquals("Incomplete", job.result().verdict());
        assertEquals("canceled", job.result().incomplete());
        assertTrue(job.result().states() > 0);
        assertNull(job.result().error());
    }

    @Test
    void exploreCommandIsOnlyEnabledForScenarioEditors() throws Exception {
        Ui.page().closeAllEditors(false);
        ExploreHandler h = new ExploreHandler();
        h.setEnabled(null);
        assertFalse(h.isEnabled());
        open(data("lost.pgl"));
        h.setEnabled(null);
        assertTrue(h.isEnabled());
        h.dispose();
        assertNotNull(ExecutionEvent.class);
    }

    @Test
    void variantComparisonShowsTheFailingInterleavingAndWhatTheFixRuns(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("discard.pgl");
        Files.copy(data("discard.pgl"), f);
        ScenarioEditor ed = open(f);
        org.pagelab.ui.scenario.internal.views.CompareView v = (org.pagelab.ui.scenario.internal.views.CompareView) Ui.page()
                .showView(org.pagelab.ui.scenario.internal.views.CompareView.ID);
        ExploreJob[] jobs = v.compare(ed, "discard", "5.16", "v2", "sc");
        Ui.waitFor("both variants explored", 60, () -> v.run(0) != null && v.run(1) != null);
        assertEquals("Sometimes", v.run(0).verdict(), v.run(0).summary());
        assertEquals("Never", v.run(1).verdict(), v.run(1).summary());
        assertEquals(java.util.Map.of("discard", "5.16"), v.run(0).variants());
        assertEquals(java.util.Map.of("discard", "v2"), v.run(1).variants());
        assertTrue(v.headText(0).startsWith("discard = 5.16:  Sometimes (as expected)"), v.headText(0));
        assertTrue(v.headText(1).startsWith("discard = v2:  Never (expected Sometimes)"), v.headText(1));
        assertTrue(v.run(0).steps() > 0);
        String note = v.noteText(1);
        assertTrue(note.contains("Where the 5.16 counterexample enters discard (step"), note);
        assertTrue(note.contains("r = atomic_read(ref);"), "the fix's definition is shown: " + note);
        assertTrue(Runs.get().all().isEmpty(), "a comparison does not replace the shown exploration");
        assertNotNull(jobs[0].result());
    }

    @Test
    void selectingAStepShowsTheStateAfterItInThePagesView(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("put-page.pgl");
        Files.copy(data("put-page.pgl"), f);
        ScenarioEditor ed = open(f);
        ExploreRun run = explore(ed, LaunchConfig.defaults(""));
        assertEquals("Always", run.verdict(), run.summary());
        assertEquals(2, run.steps());
        CounterexampleView cx = (CounterexampleView) Ui.page().showView(ScenarioUi.VIEW_COUNTEREXAMPLE);
        org.eclipse.ui.IViewPart pages = Ui.page().showView(org.pagelab.ui.PagelabUi.VIEW_PAGES);
        org.eclipse.swt.widgets.Table table = ((org.eclipse.jface.viewers.TableViewer) pages.getSite().getSelectionProvider())
                .getTable();
        Runs.get().selectStep(0);
        Ui.waitFor("the Pages view shows the state after step 1", () -> table.getItemCount() == 1
                && table.getItem(0).getText(3).equals("0"));
        assertEquals("P", table.getItem(0).getText(0));
        assertEquals("7", table.getItem(0).getText(8), "the page's data");
        assertTrue((table.getItem(0).getFont(3).getFontData()[0].getStyle() & org.eclipse.swt.SWT.BOLD) != 0,
                "the refcount the step changed is highlighted");
        assertEquals(0, table.getItem(0).getFont(4).getFontData()[0].getStyle() & org.eclipse.swt.SWT.BOLD,
                "the mapcount did not change");
        Runs.get().selectStep(1);
        Ui.waitFor("after step 2", () -> table.getItem(0).getText(3).equals("-1"));
        assertTrue(org.pagelab.ui.MmStateService.get().current().title().contains("after step 2 of 2"),
                org.pagelab.ui.MmStateService.get().current().title());
        assertTrue(cx.detailsText().contains("P->_refcount 0 -> -1"), cx.detailsText());
    }
}
