package org.pagelab.ui.scenario.internal.source;

import java.util.Iterator;
import java.util.function.Supplier;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.pagelab.ui.scenario.internal.Catalog;

/**
 * The Source page's text services: colouring from the engine's lexer,
 * content assist, and hovers (a problem's message over its squiggle, a
 * library function's definition over its name). Checking as you type is
 * done by the editor's {@code ScenarioDocument}, not by a viewer reconciler,
 * so that it also runs while the Lanes page is shown.
 */
public final class ScenarioSourceConfiguration extends TextSourceViewerConfiguration {
    private final Supplier<Catalog> catalog;

    public ScenarioSourceConfiguration(Supplier<Catalog> catalog, IPreferenceStore store) {
        super(store);
        this.catalog = catalog;
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler r = new PresentationReconciler();
        DefaultDamagerRepairer dr = new DefaultDamagerRepairer(new ScenarioScanner());
        r.setDamager(new ToEndDamager(), IDocument.DEFAULT_CONTENT_TYPE);
        r.setRepairer(dr, IDocument.DEFAULT_CONTENT_TYPE);
        return r;
    }

    @Override
    public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
        ContentAssistant a = new ContentAssistant();
        a.setContentAssistProcessor(new ScenarioCompletion(catalog), IDocument.DEFAULT_CONTENT_TYPE);
        a.enableAutoActivation(true);
        a.setAutoActivationDelay(300);
        a.enableAutoInsert(true);
        a.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        a.setShowEmptyList(true);
        a.setStatusLineVisible(true);
        a.setStatusMessage("Library functions, variants (after 'variant') and fields (after '->')");
        return a;
    }

    @Override
    public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
        ScenarioHover functions = new ScenarioHover(catalog);
        return new ITextHover() {
            @Override
            public String getHoverInfo(ITextViewer viewer, IRegion region) {
                String problems = problemsAt(sourceViewer, region.getOffset());
                return problems != null ? problems : functions.getHoverInfo(viewer, region);
            }

            @Override
            public IRegion getHoverRegion(ITextViewer viewer, int offset) {
                return functions.getHoverRegion(viewer, offset);
            }
        };
    }

    /** The messages of the problem annotations covering an offset, or null. */
    private static String problemsAt(ISourceViewer viewer, int offset) {
        IAnnotationModel model = viewer.getAnnotationModel();
        if (model == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation a = it.next();
            Position p = model.getPosition(a);
            if (p != null && p.overlapsWith(offset, 1) && a.getText() != null
                    && (a.getType().contains("error") || a.getType().contains("warning"))) {
                sb.append(sb.length() == 0 ? "" : "\n").append(a.getText());
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    @Override
    public IReconciler getReconciler(ISourceViewer sourceViewer) {
        return null;
    }

    @Override
    public int getTabWidth(ISourceViewer sourceViewer) {
        return 8;
    }
}
