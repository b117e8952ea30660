package org.pagelab.ui.scenario.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.pagelab.engine.edit.ScenarioMerge;
import org.pagelab.engine.edit.ScenarioWriter;
import org.pagelab.engine.lang.Diagnostic;
import org.pagelab.model.scenario.Scenario;
import org.pagelab.model.scenario.ScenarioFactory;

/**
 * The one model both pages of the scenario editor edit, kept in step with
 * the editor's document:
 * <ul>
 * <li>typing in the Source page changes the document; shortly after (or at
 * once when the Lanes page is shown) the text is checked and, when it
 * parses, merged into the model ({@link ScenarioMerge} keeps the objects
 * that did not change);</li>
 * <li>the Lanes page and the Properties view change the model through
 * {@link #edit}, which writes the model's text back into the document as
 * one replacement of the changed range, one undoable change.</li>
 * </ul>
 * The document is thus the single undo history (one {@code IUndoContext})
 * of both pages, and an edit is never lost by switching pages: while the
 * text does not parse the model keeps its last good state and graphical
 * edits are refused (they would overwrite the text being typed).
 */
public final class ScenarioDocument {
    /** Told (on the UI thread) after every check of the text. */
    public interface Listener {
        void changed(ScenarioDocument doc);
    }

    private static final int DELAY_MS = 300;

    private final IDocument document;
    private final String fileName;
    private final Scenario model = ScenarioFactory.eINSTANCE.createScenario();
    private final ListenerList<Listener> listeners = new ListenerList<>();
    private List<Diagnostic> problems = List.of();
    private boolean inSync;
    private boolean everParsed;
    private int generation;
    private final java.nio.file.Path baseDir;
    private org.eclipse.core.runtime.jobs.Job semanticJob;
    private boolean semanticDone;
    private String checkedText;
    private boolean immediate;
    private boolean lastOk;
    private final IDocumentListener documentListener = new IDocumentListener() {
        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
        }

        @Override
        public void documentChanged(DocumentEvent event) {
            inSync = false;
            if (immediate) {
                // not inside the change itself: the undo manager is still recording it
                int gen = ++generation;
                Display.getDefault().asyncExec(() -> {
                    if (gen == generation) {
                        reconcileNow();
                    }
                });
            } else {
                scheduleCheck();
            }
        }
    };

    public ScenarioDocument(IDocument document, String fileName, java.nio.file.Path baseDir) {
        this.document = document;
        this.fileName = fileName;
        this.baseDir = baseDir;
        document.addDocumentListener(documentListener);
    }

    public void dispose() {
        document.removeDocumentListener(documentListener);
        if (semanticJob != null) {
            semanticJob.cancel();
        }
        generation++;
    }

    public IDocument document() {
        return document;
    }

    public String fileName() {
        return fileName;
    }

    /** The model (always the same object); reflects the text when {@link #inSync()}. */
    public Scenario model() {
        return model;
    }

    /** The problems of the last check (empty when none). */
    public List<Diagnostic> problems() {
        return problems;
    }

    /** Whether the model reflects the current text (it parsed and was merged). */
    public boolean inSync() {
        return inSync;
    }

    /** Whether the text parsed at least once (else the model is empty). */
    public boolean everParsed() {
        return everParsed;
    }

    /** Whether the last check found errors. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }

    /**
     * Whether changes are checked at once (the Lanes page is shown: the
     * change came from Undo, not from typing) or after a pause in typing.
     */
    public void setImmediate(boolean immediate) {
        this.immediate = immediate;
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    private void scheduleCheck() {
        int gen = ++generation;
        Display d = Display.getCurrent();
        if (d == null) {
            Display.getDefault().asyncExec(this::scheduleCheck);
            return;
        }
        d.timerExec(DELAY_MS, () -> {
            if (gen == generation) {
                reconcileNow();
            }
        });
    }

    /** Checks the current text now and merges it into the model when it parses; tells the listeners. */
    public void reconcileNow() {
        String text = document.get();
        if (text.equals(checkedText)) {
            inSync = lastOk;
            return;
        }
        generation++;
        ScenarioCheck.Result r = ScenarioCheck.check(fileName, text);
        checkedText = text;
        lastOk = r.model() != null;
        problems = r.problems();
        semanticDone = false;
        if (r.model() != null) {
            ScenarioMerge.merge(model, r.model());
            inSync = true;
            everParsed = true;
            scheduleSemanticCheck(text);
        } else {
            inSync = false;
        }
        notifyListeners();
    }

    /** Whether the compiler's check of the current text has finished (its problems are in {@link #problems}). */
    public boolean semanticChecked() {
        return semanticDone && document.get().equals(checkedText);
    }

    /** The compiler's check runs in the background; its problems join the parser's when the text is unchanged. */
    private void scheduleSemanticCheck(String text) {
        if (semanticJob != null) {
            semanticJob.cancel();
        }
        Display display = Display.getCurrent();
        semanticJob = org.eclipse.core.runtime.jobs.Job.create("Checking " + fileName, monitor -> {
            List<Diagnostic> found = ScenarioCheck.semantic(fileName, text, baseDir);
            if (monitor.isCanceled() || display == null || display.isDisposed()) {
                return;
            }
            display.asyncExec(() -> {
                if (text.equals(checkedText) && text.equals(document.get())) {
                    problems = found.isEmpty() ? problems : java.util.stream.Stream.concat(problems.stream(), found.stream()).toList();
                    semanticDone = true;
                    notifyListeners();
                }
            });
        });
        semanticJob.setSystem(true);
        semanticJob.schedule();
    }

    private void notifyListeners() {
        for (Listener l : listeners) {
            try {
                l.changed(this);
            } catch (RuntimeException e) {
                Activator.warn("a scenario view failed to update", e);
            }
        }
    }

    /**
     * Changes the model and writes the result into the document as one undoable
     * change named {@code label}. Refused (returns false) while the text does
     * not parse: the model would not reflect what the user typed. (Semantic
     * problems, such as an unknown function, do not stop graphical edits.)
     */
    public boolean edit(String label, Consumer<Scenario> change) {
        reconcileNow();
        if (!inSync) {
            return false; // the text does not parse: the model is not what the user typed
        }
        change.accept(model);
        String newText = ScenarioWriter.write(model);
        String old = document.get();
        if (!newText.equals(old)) {
            int p = 0;
            int max = Math.min(old.length(), newText.length());
            while (p < max && old.charAt(p) == newText.charAt(p)) {
                p++;
            }
            int s = 0;
            while (s < max - p && old.charAt(old.length() - 1 - s) == newText.charAt(newText.length() - 1 - s)) {
                s++;
            }
            IDocumentUndoManager um = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
            if (um != null) {
                um.beginCompoundChange();
            }
            try {
                document.replace(p, old.length() - s - p, newText.substring(p, newText.length() - s));
            } catch (BadLocationException e) {
                Activator.warn("could not apply '" + label + "'", e);
            } finally {
                if (um != null) {
                    um.endCompoundChange();
                }
            }
        }
        reconcileNow();
        return true;
    }

    /** Where each element and statement of the model is in the document (valid when {@link #inSync()}). */
    public Map<EObject, ScenarioWriter.Span> layout() {
        return ScenarioWriter.layout(model);
    }

    /** The document offset of a 1-based line and column (clamped to the document). */
    public int offsetOf(int line, int column) {
        try {
            int l = Math.max(0, Math.min(line - 1, document.getNumberOfLines() - 1));
            int lo = document.getLineOffset(l);
            int len = document.getLineLength(l);
            return lo + Math.max(0, Math.min(column - 1, len));
        } catch (BadLocationException e) {
            return 0;
        }
    }
}
