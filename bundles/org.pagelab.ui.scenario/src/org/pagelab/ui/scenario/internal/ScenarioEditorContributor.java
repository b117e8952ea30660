package org.pagelab.ui.scenario.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;

/**
 * Hooks the global Edit actions to the active page: the text editor's own
 * on the Source page; on the Lanes page the same Undo/Redo (the document's
 * history, which records the Lanes edits too) and Delete for the selected
 * statement or thread.
 */
public class ScenarioEditorContributor extends MultiPageEditorActionBarContributor {
    private static final String[] TEXT_ACTIONS = { ActionFactory.UNDO.getId(), ActionFactory.REDO.getId(),
        ActionFactory.CUT.getId(), ActionFactory.COPY.getId(), ActionFactory.PASTE.getId(), ActionFactory.DELETE.getId(),
        ActionFactory.SELECT_ALL.getId(), ActionFactory.FIND.getId(), ITextEditorActionConstants.GOTO_LINE };

    private ScenarioEditor editor;
    private final IAction deleteInLanes = new Action("Delete") {
        @Override
        public void run() {
            if (editor != null && editor.lanesPage() != null) {
                editor.lanesPage().deleteSelection();
            }
        }
    };

    @Override
    public void setActiveEditor(IEditorPart part) {
        editor = part instanceof ScenarioEditor s ? s : null;
        super.setActiveEditor(part);
    }

    @Override
    public void setActivePage(IEditorPart activeEditor) {
        IActionBars bars = getActionBars();
        if (bars == null || editor == null) {
            return;
        }
        ITextEditor text = editor.sourcePage();
        boolean source = activeEditor instanceof ITextEditor;
        for (String id : TEXT_ACTIONS) {
            IAction a = text == null ? null : text.getAction(id);
            if (!source && !id.equals(ActionFactory.UNDO.getId()) && !id.equals(ActionFactory.REDO.getId())) {
                a = id.equals(ActionFactory.DELETE.getId()) ? deleteInLanes : null;
            }
            bars.setGlobalActionHandler(id, a);
        }
        bars.updateActionBars();
    }
}
