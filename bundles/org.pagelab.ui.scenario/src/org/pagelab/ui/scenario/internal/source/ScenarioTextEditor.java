package org.pagelab.ui.scenario.internal.source;

import java.util.ListResourceBundle;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.pagelab.ui.scenario.internal.AtomicFileDocumentProvider;
import org.pagelab.ui.scenario.internal.Catalog;

/** The Source page: the scenario text with colouring, markers, content assist and hovers. */
public class ScenarioTextEditor extends TextEditor {
    /** Id of the Source page's context menu (commands contribute to "popup:" + this). */
    public static final String CONTEXT_MENU_ID = "#ScenarioEditorContext";

    private static final ResourceBundle MESSAGES = new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[][] { { "ContentAssistProposal.label", "Content Assist" },
                { "ContentAssistProposal.tooltip", "Content Assist" },
                { "ContentAssistProposal.description", "Library functions, variants and fields" } };
        }
    };

    public ScenarioTextEditor(Supplier<Catalog> catalog) {
        setDocumentProvider(AtomicFileDocumentProvider.shared());
        setSourceViewerConfiguration(new ScenarioSourceConfiguration(catalog, getPreferenceStore()));
        setEditorContextMenuId(CONTEXT_MENU_ID);
    }

    @Override
    protected void createActions() {
        super.createActions();
        ContentAssistAction assist = new ContentAssistAction(MESSAGES, "ContentAssistProposal.", this);
        assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
        setAction("ContentAssistProposal", assist);
        markAsStateDependentAction("ContentAssistProposal", true);
    }

    /** The viewer (for tests and the outline). */
    public ISourceViewer viewer() {
        return getSourceViewer();
    }
}
