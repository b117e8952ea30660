package org.pagelab.ui.findings.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.IShowInTarget;
import org.eclipse.ui.part.ShowInContext;
import org.eclipse.ui.texteditor.ITextEditor;
import org.pagelab.engine.explore.Trace;
import org.pagelab.engine.findings.Placement;
import org.pagelab.engine.findings.Refs;
import org.pagelab.engine.state.TraceStates;
import org.pagelab.model.findings.Anchor;
import org.pagelab.model.findings.Finding;
import org.pagelab.model.findings.PageAnchor;
import org.pagelab.model.findings.TimeRangeAnchor;
import org.pagelab.model.findings.TraceEventAnchor;
import org.pagelab.ui.MmStateService;
import org.pagelab.ui.OpenFiles;
import org.pagelab.ui.ShownState;
import org.pagelab.ui.findings.FindingsUi;

/**
 * Double-click in the Findings view: back to what a finding annotates. A
 * step: the MM state after it in the Pages and Address space views, the
 * step in the Counterexample view ("Show In"), else its source line. A
 * trace event or time range: the trace editor ("Show In"); a page (pfn) of
 * a trace: the trace editor's Focus on page ("Show In" of a
 * {@link Refs.Page}).
 */
final class Navigator {
    private Navigator() {
    }

    /** Goes to the finding's place; returns what happened, for the status line. */
    static String go(IWorkbenchPage page, FindingsStore.Subject s, Finding f) {
        Placement.Place p = s.placeOf(f);
        if (p == null) {
            return "Not placed yet: explore the scenario or open the trace to place the findings.";
        }
        if (!p.placed()) {
            return "\"" + f.getTitle() + "\" can no longer be placed: " + p.note();
        }
        Anchor a = f.getAnchor();
        Trace t = s.counterexample();
        if (p.step() >= 0 && t != null) {
            TraceStates.Converted c = TraceStates.afterStep(t, p.step());
            String title = "step " + (p.step() + 1) + " of " + s.file.getFileName();
            MmStateService.get().show(new ShownState(c.state(), title, c.changes()));
            Refs.Step ref = new Refs.Step(s.file, t, p.step());
            IViewPart v = page.findView(FindingsUi.VIEW_COUNTEREXAMPLE);
            IShowInTarget target = v == null ? null : Adapters.adapt(v, IShowInTarget.class);
            if (target != null && target.show(new ShowInContext(null, new StructuredSelection(ref)))) {
                page.activate(v);
                return "Showing " + p.where();
            }
            Trace.Step st = t.steps().get(p.step());
            return revealLine(page, st.file() != null && !st.file().startsWith("lib/") ? resolve(s.file, st.file())
                    : s.file, st.line()) ? "Showing " + p.where() + " (source line)" : "Showing the state after " + p.where();
        }
        if (a instanceof TraceEventAnchor || a instanceof TimeRangeAnchor || p.event() >= 0) {
            IEditorPart ed = OpenFiles.open(page, s.file);
            IShowInTarget target = ed == null ? null : Adapters.adapt(ed, IShowInTarget.class);
            Object ref = null;
            if (a instanceof TimeRangeAnchor r) {
                ref = new Refs.TimeRange(s.file, r.getStart(), r.getEnd(), r.getCpu());
            } else if (a instanceof PageAnchor pa && pa.getPfn() >= 0) {
                ref = new Refs.Page(s.file, pa.getPfn());
            } else if (s.trace() != null && p.event() >= 0) {
                ref = new Refs.Event(s.file, s.trace().event(p.event()));
            }
            if (target != null && ref != null && target.show(new ShowInContext(null, new StructuredSelection(ref)))) {
                return "Showing " + p.where();
            }
            return "Opened " + s.file.getFileName() + "; it cannot show " + p.where() + " by itself";
        }
        return "Showing " + p.where();
    }

    private static Path resolve(Path subject, String stepFile) {
        Path f = Path.of(stepFile);
        return f.isAbsolute() ? f : subject.resolveSibling(f.getFileName());
    }

    /** Opens a file and selects a line, if its editor is a text editor (or adapts to one). */
    static boolean revealLine(IWorkbenchPage page, Path file, int line) {
        if (line <= 0) {
            return false;
        }
        IEditorPart ed = OpenFiles.open(page, file);
        ITextEditor te = ed == null ? null : Adapters.adapt(ed, ITextEditor.class);
        if (te == null) {
            return false;
        }
        IDocument doc = te.getDocumentProvider().getDocument(te.getEditorInput());
        try {
            te.selectAndReveal(doc.getLineOffset(line - 1), doc.getLineLength(line - 1));
            return true;
        } catch (BadLocationException e) {
            return false;
        }
    }
}
