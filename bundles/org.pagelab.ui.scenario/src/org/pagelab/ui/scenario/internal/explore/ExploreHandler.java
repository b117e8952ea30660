package org.pagelab.ui.scenario.internal.explore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.pagelab.engine.lang.Diagnostic;
import org.pagelab.model.scenario.VariantChoice;
import org.pagelab.ui.scenario.ScenarioUi;
import org.pagelab.ui.scenario.internal.Activator;
import org.pagelab.ui.scenario.internal.Catalog;
import org.pagelab.ui.scenario.internal.ScenarioDocument;
import org.pagelab.ui.scenario.internal.ScenarioEditor;

/**
 * Explore (launch dialog first) and Explore Again (the file's last choices):
 * run the engine on the active scenario editor's text as a job. A scenario
 * with errors is not explored: the Verdict view and the status line say
 * why (the first problem, and how many there are).
 */
public class ExploreHandler extends AbstractHandler {
    public static final String EXPLORE = "org.pagelab.ui.scenario.commands.explore";
    public static final String EXPLORE_AGAIN = "org.pagelab.ui.scenario.commands.exploreAgain";

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart ed = HandlerUtil.getActiveEditor(event);
        IWorkbenchWindow w = HandlerUtil.getActiveWorkbenchWindow(event);
        if (!(ed instanceof ScenarioEditor se)) {
            refuse(w, "Open a scenario (.pgl or .litmus) in the editor to explore it.");
            return null;
        }
        String why = cannotExplore(se);
        if (why != null) {
            refuse(w, why);
            return null;
        }
        boolean again = event.getCommand() != null && EXPLORE_AGAIN.equals(event.getCommand().getId());
        LaunchConfig saved = LaunchConfig.load(settings(se));
        LaunchConfig cfg = saved != null ? saved : LaunchConfig.defaults(se.model().getMemoryModel());
        if (!again || saved == null) {
            ExploreDialog d = dialog(se, cfg);
            if (d.open() != Window.OK) {
                return null;
            }
            cfg = d.config();
        }
        launch(se, cfg);
        return null;
    }

    /** The launch dialog for an editor, filled with a configuration. */
    public static ExploreDialog dialog(ScenarioEditor se, LaunchConfig cfg) {
        ScenarioDocument doc = se.document();
        Catalog cat = Catalog.library().with(doc.fileName(), doc.document().get());
        Map<String, String> own = new LinkedHashMap<>();
        for (VariantChoice v : se.model().variantChoices()) {
            own.put(v.getFunction(), v.getVariant());
        }
        return new ExploreDialog(se.getSite().getShell(), doc.fileName(), cat.functionsWithVariants(), own, cfg);
    }

    /** Why an editor's scenario cannot be explored now, or null. */
    public static String cannotExplore(ScenarioEditor se) {
        ScenarioDocument doc = se.document();
        doc.reconcileNow();
        List<Diagnostic> errors = doc.problems().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
        if (errors.isEmpty()) {
            return null;
        }
        Diagnostic d = errors.get(0);
        return "Cannot explore " + doc.fileName() + ": " + (errors.size() == 1 ? "it has an error" : "it has " + errors.size()
                + " errors") + ", the first at line " + d.line() + ", column " + d.column() + ": " + d.message()
                + ". Fix it (see the Problems view) and explore again.";
    }

    /** Remembers a configuration for an editor's file and starts the job; returns it. */
    public static ExploreJob launch(ScenarioEditor se, LaunchConfig cfg) {
        cfg.save(settings(se));
        ScenarioDocument doc = se.document();
        ExploreJob job = new ExploreJob(doc.fileName(), se.path(), doc.document().get(), cfg, se.isDirty());
        job.schedule();
        showView(se.getSite().getPage(), ScenarioUi.VIEW_VERDICT);
        return job;
    }

    static void refuse(IWorkbenchWindow w, String why) {
        Runs.get().refuse(why);
        IWorkbenchPage page = w == null ? null : w.getActivePage();
        if (page != null) {
            showView(page, ScenarioUi.VIEW_VERDICT);
            IEditorPart ed = page.getActiveEditor();
            if (ed != null) {
                ed.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(why);
            }
        }
    }

    static void showView(IWorkbenchPage page, String id) {
        try {
            page.showView(id, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            Activator.warn("cannot show " + id, e);
        }
    }

    static IDialogSettings settings(ScenarioEditor se) {
        IDialogSettings root = Activator.get().getDialogSettings();
        String key = "explore:" + se.key();
        IDialogSettings s = root.getSection(key);
        return s != null ? s : root.addNewSection(key);
    }

    @Override
    public void setEnabled(Object evaluationContext) {
        IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IEditorPart ed = w == null || w.getActivePage() == null ? null : w.getActivePage().getActiveEditor();
        setBaseEnabled(ed instanceof ScenarioEditor);
    }
}
