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

import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pagelab.engine.explore.Trace;
import org.pagelab.model.scenario.ThreadBlock;
import org.pagelab.ui.OpenFiles;
import org.pagelab.ui.PagelabUi;
import org.pagelab.ui.scenario.ScenarioUi;
import org.pagelab.ui.scenario.internal.Catalog;
import org.pagelab.ui.scenario.internal.ProblemMarkers;
import org.pagelab.ui.scenario.internal.ScenarioEditor;
import org.pagelab.ui.scenario.internal.explore.ExploreHandler;
import org.pagelab.ui.scenario.internal.explore.ExploreJob;
import org.pagelab.ui.scenario.internal.explore.ExploreRun;
import org.pagelab.ui.scenario.internal.explore.LaunchConfig;
import org.pagelab.ui.scenario.internal.explore.Runs;
import org.pagelab.ui.scenario.internal.lanes.LanesPage;
import org.pagelab.ui.scenario.internal.views.CompareView;
import org.pagelab.ui.scenario.internal.views.CounterexampleView;
import org.pagelab.ui.charts.ChartSeries;
import org.pagelab.ui.scenario.internal.views.Diagram;
import org.pagelab.ui.scenario.internal.views.RefcountChartView;
import org.pagelab.ui.scenario.internal.views.VerdictView;

/**
 * Seed race S1 (MADV_FREE reclaim against a direct-IO read) as a user works
 * with it: open the scenario, edit it in the Lanes page and in the text,
 * explore it, read the verdict and the counterexample, select a step and
 * see the MM state after it, compare 5.16 with patch v2.
 */
class S1Test {
    static final String SEED = "examples/seeds/s1-madv-free-dio-5.16.pgl";
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

    static ScenarioEditor openCopy(Path dir) throws Exception {
        Path f = dir.resolve("s1-madv-free-dio-5.16.pgl");
        Files.copy(Ui.project().resolve(SEED), f);
        var e = OpenFiles.open(Ui.page(), f);
        assertInstanceOf(ScenarioEditor.class, e);
        return (ScenarioEditor) e;
    }

    @Test
    void editS1InLanesAndSourceThenExploreAndStepThroughTheCounterexample(@TempDir Path dir) throws Exception {
        ScenarioEditor ed = openCopy(dir);
        IDocument doc = ed.document().document();
        String original = doc.get();
        Ui.waitFor("the compiler's check", () -> ed.document().semanticChecked());
        assertEquals(List.of(), ed.document().problems(), "the seed compiles cleanly");

        // Lanes: the threads as columns; the library is in the palette
        ed.showPage(ScenarioEditor.LANES_PAGE);
        LanesPage lanes = ed.lanesPage();
        assertEquals(List.of("P0 \u00b7 dio: blkdev_direct_IO_read(mm, BUF, DATA);", "P1 \u00b7 reclaim: reclaim_page(P);"),
                lanes.laneTexts());
        assertTrue(lanes.paletteGroups().keySet().stream().anyMatch(g -> g.startsWith("Library: mm/")),
                lanes.paletteGroups().keySet().toString());
        Catalog.Fn unmap = Catalog.library().function("try_to_unmap_one");
        assertNotNull(unmap, "the library's try_to_unmap_one");
        assertTrue(unmap.variants().containsAll(List.of("v2", "v3")), unmap.variants().toString());
        // the setup and after blocks are drawn with their statements inside
        var setupBox = lanes.canvas().boxOf(ed.model().setup());
        var firstSetup = lanes.canvas().boxOf(ed.model().setup().getStatements().get(0));
        assertTrue(setupBox.bounds().contains(firstSetup.bounds().x, firstSetup.bounds().y));
        assertTrue(lanes.canvas().boxes().indexOf(setupBox) < lanes.canvas().boxes().indexOf(firstSetup),
                "the block is painted under its statements");

        // edit in the Lanes page: the Source page follows
        ThreadBlock reclaim = ed.model().threads().get(1);
        assertTrue(lanes.insertOperation(Catalog.library().function("smp_mb"), reclaim, 0));
        assertTrue(doc.get().contains("P1:reclaim(struct page *P)\n{\n    smp_mb();\n    reclaim_page(P);"), doc.get());
        // edit the Source: the Lanes page follows
        ed.showPage(ScenarioEditor.SOURCE_PAGE);
        doc.replace(doc.get().indexOf("    smp_mb();\n"), "    smp_mb();\n".length(), "    lru_add_drain();\n");
        ed.showPage(ScenarioEditor.LANES_PAGE);
        assertEquals("P1 \u00b7 reclaim: lru_add_drain(); | reclaim_page(P);", lanes.laneTexts().get(1));
        // undo both, from the Lanes page
        var undo = ed.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
        undo.run();
        undo.run();
        Ui.waitFor("back to the seed", () -> doc.get().equals(original) && lanes.laneTexts().get(1).equals(
                "P1 \u00b7 reclaim: reclaim_page(P);"));

        // explore (the file's choices: SC, try_to_unmap_one as in 5.16)
        ExploreJob job = ExploreHandler.launch(ed, LaunchConfig.defaults(ed.model().getMemoryModel()));
        Ui.waitFor("the exploration", 120, () -> job.getResult() != null && Runs.get().shown() == job.result());
        ExploreRun run = job.result();
        assertEquals("Sometimes", run.verdict(), run.summary());
        assertEquals(Boolean.TRUE, run.match());
        assertEquals("5.16", run.variants().get("try_to_unmap_one"));
        assertTrue(run.summary().startsWith("Violated: dirty-data-lost"), run.summary());
        VerdictView v = (VerdictView) Ui.page().showView(ScenarioUi.VIEW_VERDICT);
        assertTrue(v.verdictText().startsWith("Sometimes"), v.verdictText());
        assertEquals("exists (violation)", v.fields().get("Condition"));

        // the counterexample in CPU columns
        CounterexampleView cx = (CounterexampleView) Ui.page().showView(ScenarioUi.VIEW_COUNTEREXAMPLE);
        Diagram d = cx.diagram();
        assertEquals("CPU0 / dio", d.columns().get(0));
        assertEquals("CPU1 / reclaim", d.columns().get(1));
        assertEquals(run.steps(), d.cells().size());
        assertTrue(d.cells().size() > 10, "steps: " + d.cells().size());
        assertTrue(d.cells().stream().anyMatch(Diagram.Cell::bad), "the violating step is marked");
        assertTrue(d.cells().stream().anyMatch(c -> c.column() == 0) && d.cells().stream().anyMatch(c -> c.column() == 1),
                "both CPUs take steps");

        // select reclaim's get_page (isolation): the Pages view shows P with refcount 3, highlighted
        int grab = -1;
        List<Trace.Step> steps = run.trace().steps();
        for (Trace.Step s : steps) {
            if (s.threadName().equals("reclaim") && s.changes().stream().anyMatch(c -> c.describe().equals("P->_refcount 2 -> 3"))) {
                grab = s.index();
                break;
            }
        }
        assertTrue(grab >= 0, "reclaim takes a reference: " + cx.mailText());
        IViewPart pages = Ui.page().showView(PagelabUi.VIEW_PAGES);
        Table table = ((org.eclipse.jface.viewers.TableViewer) pages.getSite().getSelectionProvider()).getTable();
        Runs.get().selectStep(grab);
        Ui.waitFor("the Pages view shows the state after the step", () -> rowOf(table, "P") >= 0
                && table.getItem(rowOf(table, "P")).getText(3).equals("3"));
        int p = rowOf(table, "P");
        assertTrue((table.getItem(p).getFont(3).getFontData()[0].getStyle() & SWT.BOLD) != 0, "refcount highlighted");
        assertTrue(cx.detailsText().contains("P->_refcount 2 -> 3"), cx.detailsText());
        // the selected step is the view's selection (a finding can be made on it); Show In selects a step again
        var sel = (org.eclipse.jface.viewers.IStructuredSelection) cx.getSite().getSelectionProvider().getSelection();
        assertEquals(new org.pagelab.engine.findings.Refs.Step(run.path(), run.trace(), grab), sel.getFirstElement());
        var target = org.eclipse.core.runtime.Adapters.adapt(cx, org.eclipse.ui.part.IShowInTarget.class);
        assertTrue(target.show(new org.eclipse.ui.part.ShowInContext(null, new org.eclipse.jface.viewers.StructuredSelection(
                new org.pagelab.engine.findings.Refs.Step(run.path(), run.trace(), 0)))));
        assertEquals(0, Runs.get().step());
        Runs.get().selectStep(grab);
        // the refcount chart: P's counts over the steps, flags as bands, the violation marked;
        // clicking a point selects its step
        RefcountChartView chart = (RefcountChartView) Ui.page().showView(RefcountChartView.ID);
        assertEquals(List.of("P"), chart.data().pages().subList(0, 1));
        List<String> names = chart.countsChart().series().stream().map(ChartSeries::name).toList();
        assertTrue(names.containsAll(List.of("P refcount", "P mapcount", "P pins")), names.toString());
        ChartSeries ref = chart.countsChart().series().get(names.indexOf("P refcount"));
        assertEquals(3.0, ref.y()[grab + 1], "after reclaim's get_page");
        assertEquals(grab, ref.ref(grab + 1));
        List<String> bands = chart.flagsChart().series().stream().map(ChartSeries::name).toList();
        assertTrue(bands.containsAll(List.of("P dirty", "P swapbacked", "P writeback", "P PTE present")), bands.toString());
        ChartSeries present = chart.flagsChart().series().get(bands.indexOf("P PTE present"));
        assertTrue(present.y()[0] > present.y()[present.size() - 1], "the PTE is present at first and gone at the end");
        assertTrue(chart.countsChart().chart().getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).stream()
                .anyMatch(m -> m instanceof org.jfree.chart.plot.ValueMarker vm && vm.getLabel() != null
                        && vm.getLabel().startsWith("violation: dirty-data-lost")), "the violating step is marked");
        chart.countsChart().fire(names.indexOf("P refcount"), 1);
        assertEquals(0, Runs.get().step(), "clicking the point after step 1 selects step 1");
        Runs.get().selectStep(grab);
        Ui.page().showView(ScenarioUi.VIEW_COUNTEREXAMPLE);
        Ui.screenshot("s1-counterexample");

        // the violating step's source: the library module opens read-only at its line
        Trace.Step last = steps.get(steps.size() - 1);
        cx.showSource(last.index());
        assertNotNull(Ui.page().getActiveEditor());
    }

    static int rowOf(Table t, String name) {
        for (int i = 0; i < t.getItemCount(); i++) {
            if (t.getItem(i).getText(0).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void comparing516WithPatchV2(@TempDir Path dir) throws Exception {
        ScenarioEditor ed = openCopy(dir);
        CompareView v = (CompareView) Ui.page().showView(CompareView.ID);
        v.compare(ed, "try_to_unmap_one", "5.16", "v2", "sc");
        Ui.waitFor("both variants explored", 120, () -> v.run(0) != null && v.run(1) != null);
        assertEquals("Sometimes", v.run(0).verdict());
        assertEquals("Never", v.run(1).verdict(), v.run(1).summary());
        assertTrue(v.noteText(1).contains("Where the 5.16 counterexample enters try_to_unmap_one"), v.noteText(1));
        assertTrue(v.noteText(1).contains("__variant(\"v2\")"), v.noteText(1));
        // v2 run on the 5.16 counterexample's schedule: no violation, and where it parts from 5.16
        assertNotNull(v.followed(1));
        assertNull(v.followed(1).trace().violation(), v.followed(1).trace().message());
        assertTrue(v.noteText(1).contains("Above: v2 on the 5.16 counterexample's schedule"), v.noteText(1));
        assertTrue(v.noteText(1).contains("It parts from the 5.16 run at its step"), v.noteText(1));
        Ui.screenshot("s1-compare-5.16-v2");
        assertFalse(v.run(0).steps() == 0);
    }
}
