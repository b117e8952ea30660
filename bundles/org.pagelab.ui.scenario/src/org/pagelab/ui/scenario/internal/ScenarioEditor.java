package org.pagelab.ui.scenario.internal;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.part.MultiPageSelectionProvider;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.pagelab.engine.edit.ScenarioWriter;
import org.pagelab.model.scenario.Scenario;
import org.pagelab.ui.scenario.internal.lanes.LanesPage;
import org.pagelab.ui.scenario.internal.props.ScenarioProperties;
import org.pagelab.ui.scenario.internal.source.ScenarioOutlinePage;
import org.pagelab.ui.scenario.internal.source.ScenarioTextEditor;

/**
 * The scenario editor: a Source page (the text) and a Lanes page (the
 * threads as columns) over one {@link ScenarioDocument}. Files outside the
 * workspace are opened through a linked resource (see {@link ExternalFiles})
 * so that their problems are markers; saving writes the text atomically.
 */
public class ScenarioEditor extends MultiPageEditorPart {
    public static final int SOURCE_PAGE = 0;
    public static final int LANES_PAGE = 1;

    private ScenarioTextEditor source;
    private ScenarioDocument doc;
    private LanesPage lanes;
    private ProblemMarkers markers;
    private ScenarioOutlinePage outline;
    private PropertySheetPage properties;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        IFileEditorInput in;
        try {
            in = ExternalFiles.toWorkspaceInput(input);
        } catch (CoreException e) {
            throw new PartInitException("cannot open " + input.getName() + ": " + e.getMessage(), e);
        }
        if (in == null) {
            throw new PartInitException("scenarios open from local files only: " + input.getToolTipText());
        }
        super.init(site, in);
        site.setSelectionProvider(new Selection());
        setPartName(in.getName());
    }

    @Override
    protected void setInput(IEditorInput input) {
        super.setInput(input);
        setPartName(input.getName());
    }

    @Override
    protected void createPages() {
        source = new ScenarioTextEditor(this::catalog);
        try {
            addPage(SOURCE_PAGE, source, getEditorInput());
        } catch (PartInitException e) {
            Activator.warn("cannot open the source page", e);
            return;
        }
        setPageText(SOURCE_PAGE, "Source");
        IDocument document = source.getDocumentProvider().getDocument(getEditorInput());
        Path p = path();
        doc = new ScenarioDocument(document, getEditorInput().getName(), p == null ? null : p.getParent());
        markers = new ProblemMarkers(file());
        doc.addListener(markers);
        doc.reconcileNow();
        lanes = new LanesPage(getContainer(), doc, () -> {
            setActivePage(SOURCE_PAGE);
            reveal(lanes.selected());
        });
        addPage(LANES_PAGE, lanes.control());
        setPageText(LANES_PAGE, "Lanes");
        lanes.addSelectionChangedListener(e -> {
            if (getActivePage() == LANES_PAGE) {
                ((Selection) getSite().getSelectionProvider()).fireSelectionChanged(e);
                ((Selection) getSite().getSelectionProvider()).firePostSelectionChanged(e);
            }
        });
        IDialogSettings s = settings();
        if ("lanes".equals(s.get("page"))) {
            setActivePage(LANES_PAGE);
        }
    }

    private IDialogSettings settings() {
        IDialogSettings root = Activator.get().getDialogSettings();
        IDialogSettings s = root.getSection("editor:" + key());
        return s != null ? s : root.addNewSection("editor:" + key());
    }

    /** The key of this file in the dialog settings (its path). */
    public String key() {
        Path p = path();
        return p == null ? getEditorInput().getName() : p.toString();
    }

    @Override
    protected void pageChange(int newPageIndex) {
        if (doc != null) {
            doc.setImmediate(newPageIndex == LANES_PAGE);
            if (newPageIndex == LANES_PAGE) {
                doc.reconcileNow();
            }
        }
        super.pageChange(newPageIndex);
        if (doc != null) {
            settings().put("page", newPageIndex == LANES_PAGE ? "lanes" : "source");
            Selection sp = (Selection) getSite().getSelectionProvider();
            SelectionChangedEvent e = new SelectionChangedEvent(sp, sp.getSelection());
            sp.fireSelectionChanged(e);
            sp.firePostSelectionChanged(e);
        }
    }

    /** Selection: the Lanes page's when it is shown, else the text editor's. */
    private final class Selection extends MultiPageSelectionProvider {
        Selection() {
            super(ScenarioEditor.this);
        }

        @Override
        public ISelection getSelection() {
            if (getActivePage() == LANES_PAGE && lanes != null) {
                return lanes.getSelection();
            }
            return super.getSelection();
        }

        @Override
        public void setSelection(ISelection selection) {
            if (getActivePage() == LANES_PAGE && lanes != null) {
                lanes.setSelection(selection);
            } else {
                super.setSelection(selection);
            }
        }
    }

    Catalog catalog() {
        return Catalog.library().with(getEditorInput().getName(), doc != null && doc.inSync() ? doc.document().get() : null);
    }

    /** Shows a model object: selects it in the Lanes page, or its text in the Source page. */
    public void reveal(EObject o) {
        if (o == null || doc == null) {
            return;
        }
        if (getActivePage() == LANES_PAGE) {
            lanes.select(o);
            return;
        }
        doc.reconcileNow();
        ScenarioWriter.Span sp = doc.layout().get(o);
        if (sp != null) {
            source.selectAndReveal(sp.offset(), sp.length());
        }
    }

    /** Shows a 1-based source line in the Source page. */
    public void revealLine(int line) {
        if (doc == null) {
            return;
        }
        setActivePage(SOURCE_PAGE);
        int off = doc.offsetOf(line, 1);
        try {
            int len = doc.document().getLineLength(doc.document().getLineOfOffset(off));
            source.selectAndReveal(off, Math.max(0, len - 1));
        } catch (org.eclipse.jface.text.BadLocationException e) {
            source.selectAndReveal(off, 0);
        }
    }

    @Override
    public boolean isDirty() {
        return source != null && source.isDirty();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        source.doSave(monitor);
    }

    @Override
    public void doSaveAs() {
        source.doSaveAs();
        setInput(source.getEditorInput());
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IContentOutlinePage.class && doc != null) {
            if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
                outline = new ScenarioOutlinePage(doc, this::reveal);
            }
            return adapter.cast(outline);
        }
        if (adapter == IPropertySheetPage.class && doc != null) {
            if (properties == null || properties.getControl() == null || properties.getControl().isDisposed()) {
                properties = new PropertySheetPage();
                properties.setPropertySourceProvider(new ScenarioProperties(doc, msg -> { }));
            }
            return adapter.cast(properties);
        }
        if (adapter == IGotoMarker.class) {
            return adapter.cast((IGotoMarker) this::gotoMarker);
        }
        if (adapter == ITextEditor.class || adapter == IDocument.class) {
            return adapter == ITextEditor.class ? adapter.cast(source) : adapter.cast(doc.document());
        }
        return super.getAdapter(adapter);
    }

    private void gotoMarker(IMarker marker) {
        setActivePage(SOURCE_PAGE);
        IGotoMarker g = source.getAdapter(IGotoMarker.class);
        if (g != null) {
            g.gotoMarker(marker);
        }
    }

    @Override
    public void dispose() {
        IFile f = file();
        if (lanes != null) {
            lanes.dispose();
        }
        if (doc != null) {
            doc.dispose();
        }
        // When the workbench closes, the link stays (the editor is restored from it at the next start)
        // and the markers go with the session (they are not persistent).
        if (markers != null && f != null && !org.eclipse.ui.PlatformUI.getWorkbench().isClosing()) {
            if (ExternalFiles.isLink(f)) {
                ExternalFiles.release(f); // takes its markers with it
            } else {
                markers.clear();
            }
        }
        super.dispose();
    }

    // ---------------------------------------------------------- for other parts

    public ScenarioDocument document() {
        return doc;
    }

    public Scenario model() {
        return doc == null ? null : doc.model();
    }

    public ScenarioTextEditor sourcePage() {
        return source;
    }

    public LanesPage lanesPage() {
        return lanes;
    }

    public IFile file() {
        return getEditorInput() instanceof IFileEditorInput in ? in.getFile() : null;
    }

    /** The file on disk. */
    public Path path() {
        IFile f = file();
        return f == null ? null : ExternalFiles.pathOf(f);
    }

    /** Switches pages (for commands and tests). */
    public void showPage(int page) {
        setActivePage(page);
    }

    public int activePage() {
        return getActivePage();
    }

    /** The nested editor for the active page (the text editor, or null for Lanes). */
    public IEditorPart activeNestedEditor() {
        return getActiveEditor();
    }

    /** Positions of the model's parts in the text (valid when in sync). */
    public Map<EObject, ScenarioWriter.Span> layout() {
        return doc.layout();
    }
}
