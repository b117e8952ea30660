package org.pagelab.ui.findings.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.pagelab.engine.findings.Anchors;
import org.pagelab.engine.findings.Refs;
import org.pagelab.engine.findings.StepSubject;
import org.pagelab.engine.trace.TraceEvent;
import org.pagelab.model.FindingsFiles;
import org.pagelab.model.findings.Anchor;
import org.pagelab.model.findings.SubjectKind;
import org.pagelab.model.mm.MMState;
import org.pagelab.model.mm.Mm;
import org.pagelab.model.mm.Page;
import org.pagelab.model.mm.Vma;
import org.pagelab.ui.OpenFiles;

/** What a selection can be annotated as: the file the finding goes to and its anchor. */
final class Targets {
    private Targets() {
    }

    /**
     * @param file   the scenario or trace the finding belongs to
     * @param anchor the anchor to give it
     * @param what   the anchored thing for people ("step 5 (reclaim, try_to_unmap_one): ...")
     */
    record Target(Path file, Anchor anchor, String what) {
    }

    /** The target of the first selected element, or null when it cannot be annotated. */
    static Target of(ISelection selection, IWorkbenchPage page) {
        if (!(selection instanceof IStructuredSelection ss) || ss.isEmpty()) {
            return null;
        }
        Object e = ss.getFirstElement();
        FindingsStore store = FindingsStore.get();
        Refs.Step step = Adapters.adapt(e, Refs.Step.class);
        if (step != null && step.file() != null) {
            store.counterexample(step.file(), step.trace());
            StepSubject s = store.subject(step.file()).steps();
            Anchor a = Anchors.step(s, step.index());
            return new Target(step.file(), a, a.getLabel());
        }
        Refs.StepRange range = Adapters.adapt(e, Refs.StepRange.class);
        if (range != null && range.file() != null) {
            store.counterexample(range.file(), range.trace());
            StepSubject s = store.subject(range.file()).steps();
            Anchor a = Anchors.stepRange(s, range.first(), range.last());
            return new Target(range.file(), a, a.getLabel());
        }
        Refs.Event ev = Adapters.adapt(e, Refs.Event.class);
        if (ev != null && ev.file() != null) {
            Anchor a = Anchors.event(ev.event());
            return new Target(ev.file(), a, a.getLabel());
        }
        TraceEvent te = Adapters.adapt(e, TraceEvent.class);
        Path editorFile = activeFile(page);
        if (te != null && editorFile != null) {
            Anchor a = Anchors.event(te);
            return new Target(editorFile, a, a.getLabel());
        }
        Refs.TimeRange tr = Adapters.adapt(e, Refs.TimeRange.class);
        if (tr != null && tr.file() != null) {
            Anchor a = Anchors.timeRange(tr.start(), tr.end(), tr.cpu());
            return new Target(tr.file(), a, a.getLabel());
        }
        Refs.Page tp = Adapters.adapt(e, Refs.Page.class);
        if (tp != null && tp.file() != null) {
            Anchor a = Anchors.page("", tp.pfn(), null, -1);
            return new Target(tp.file(), a, a.getLabel());
        }
        Path subject = store.current() != null ? store.current() : editorFile;
        if (subject == null) {
            return null;
        }
        boolean trace = FindingsFiles.kindOf(subject) == SubjectKind.TRACE;
        FindingsStore.Subject sub = store.subject(subject);
        Page pg = Adapters.adapt(e, Page.class);
        if (pg != null) {
            int at = atStep(pg, sub);
            Anchor a = Anchors.page(trace ? "" : pg.getName(), trace ? pg.getPfn() : -1, at >= 0 ? sub.steps() : null, at);
            return new Target(subject, a, a.getLabel());
        }
        Vma v = Adapters.adapt(e, Vma.class);
        if (v != null) {
            int at = atStep(v, sub);
            String mm = v.eContainer() instanceof Mm m ? m.getName() : "";
            Anchor a = Anchors.vma(v.getName(), mm, v.getStart(), v.getEnd(), at >= 0 ? sub.steps() : null, at);
            return new Target(subject, a, a.getLabel());
        }
        return null;
    }

    /** The step after which the MM views show the object's state (MMState.step 1 is after step index 0), or -1. */
    private static int atStep(EObject o, FindingsStore.Subject sub) {
        EObject root = o;
        while (root.eContainer() != null) {
            root = root.eContainer();
        }
        if (root instanceof MMState st && sub.steps() != null && st.getStep() >= 1
                && st.getStep() <= sub.steps().steps().size()) {
            return st.getStep() - 1;
        }
        return -1;
    }

    /** The local file of the active editor, or null. */
    static Path activeFile(IWorkbenchPage page) {
        if (page == null) {
            return null;
        }
        IEditorPart ed = page.getActiveEditor();
        return ed == null ? null : OpenFiles.pathOf(ed.getEditorInput());
    }

    /** Whether a part shows a scenario or a trace (its editor input is a local file). */
    static Path fileOf(IWorkbenchPart part) {
        if (part instanceof IEditorPart ed) {
            return OpenFiles.pathOf(ed.getEditorInput());
        }
        return null;
    }

    /** Whether the selection can be annotated (handler enablement; cheap, no side effects). */
    static boolean annotatable(ISelection selection, IWorkbenchPage page) {
        if (!(selection instanceof IStructuredSelection ss) || ss.isEmpty()) {
            return false;
        }
        Object e = ss.getFirstElement();
        return Adapters.adapt(e, Refs.Step.class) != null || Adapters.adapt(e, Refs.StepRange.class) != null
                || Adapters.adapt(e, Refs.Event.class) != null || Adapters.adapt(e, Refs.TimeRange.class) != null
                || Adapters.adapt(e, Refs.Page.class) != null
                || (Adapters.adapt(e, TraceEvent.class) != null && activeFile(page) != null)
                || ((Adapters.adapt(e, Page.class) != null || Adapters.adapt(e, Vma.class) != null)
                        && (FindingsStore.get().current() != null || activeFile(page) != null));
    }
}
