package org.pagelab.ui.scenario.internal;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.pagelab.engine.lang.Diagnostic;
import org.pagelab.ui.scenario.ScenarioUi;

/**
 * Keeps the problem markers of a scenario file equal to the diagnostics of
 * the last check of its editor's text: the Problems view, the editor's
 * ruler and squiggles show them. Markers are not persistent (they describe
 * the text being edited); they are removed when the editor closes.
 */
public final class ProblemMarkers implements ScenarioDocument.Listener {
    private final IFile file;
    private Job job;

    public ProblemMarkers(IFile file) {
        this.file = file;
    }

    /** A marker for a diagnostic: line, character range (one word) and message. */
    record Marker(int line, int start, int end, int severity, String message, String location) {
    }

    @Override
    public void changed(ScenarioDocument doc) {
        List<Marker> markers = doc.problems().stream().map(d -> marker(doc, d)).toList();
        if (job != null) {
            job.cancel();
        }
        job = new Job(markers);
        job.schedule();
    }

    static Marker marker(ScenarioDocument doc, Diagnostic d) {
        IDocument text = doc.document();
        int start = doc.offsetOf(d.line(), d.column());
        int end = start;
        try {
            int lineEnd = text.getLineOffset(text.getLineOfOffset(start)) + text.getLineLength(text.getLineOfOffset(start));
            while (end < lineEnd && (Character.isJavaIdentifierPart(text.getChar(end)))) {
                end++;
            }
            if (end == start && start < text.getLength() && start < lineEnd && !Character.isWhitespace(text.getChar(start))) {
                end = start + 1;
            }
        } catch (BadLocationException e) {
            end = start;
        }
        int severity = d.severity() == Diagnostic.Severity.ERROR ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING;
        return new Marker(d.line(), start, end, severity, d.message(), "line " + d.line() + ", column " + d.column());
    }

    /** Removes this file's markers (the editor closed). */
    public void clear() {
        if (job != null) {
            job.cancel();
        }
        job = new Job(List.of());
        job.schedule();
    }

    private final class Job extends WorkspaceJob {
        private final List<Marker> markers;

        Job(List<Marker> markers) {
            super("Updating scenario problems");
            this.markers = markers;
            setSystem(true);
            setRule(file.getWorkspace().getRuleFactory().markerRule(file));
        }

        @Override
        public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
            if (!file.exists() || monitor.isCanceled()) {
                return Status.OK_STATUS;
            }
            file.deleteMarkers(ScenarioUi.MARKER_PROBLEM, false, IResource.DEPTH_ZERO);
            for (Marker m : markers) {
                IMarker mk = file.createMarker(ScenarioUi.MARKER_PROBLEM);
                mk.setAttribute(IMarker.LINE_NUMBER, m.line());
                mk.setAttribute(IMarker.CHAR_START, m.start());
                mk.setAttribute(IMarker.CHAR_END, m.end());
                mk.setAttribute(IMarker.SEVERITY, m.severity());
                mk.setAttribute(IMarker.MESSAGE, m.message());
                mk.setAttribute(IMarker.LOCATION, m.location());
            }
            return Status.OK_STATUS;
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == ProblemMarkers.class;
        }
    }
}
