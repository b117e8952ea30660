package org.pagelab.ui.findings.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.pagelab.engine.explore.Trace;
import org.pagelab.engine.findings.Placement;
import org.pagelab.engine.findings.StepSubject;
import org.pagelab.engine.findings.StepSubjects;
import org.pagelab.model.FindingsFiles;
import org.pagelab.model.StateFileException;
import org.pagelab.model.findings.Anchor;
import org.pagelab.model.findings.Finding;
import org.pagelab.model.findings.FindingsFile;
import org.pagelab.model.findings.Severity;

/**
 * The findings of every scenario or trace the workbench has looked at:
 * each subject's findings file (read from {@code FILE.findings}, written
 * back atomically after every change, re-read when another program changed
 * it), the counterexample or trace its anchors are placed on, and where
 * they are. UI thread only.
 */
public final class FindingsStore {
    private static final FindingsStore INSTANCE = new FindingsStore();

    /** One annotated file. */
    public static final class Subject {
        public final Path file;
        FindingsFile findings;
        String loadError;
        long loadedStamp = -1;
        Trace counterexample;
        StepSubject steps;
        org.pagelab.engine.trace.Trace trace;
        List<Placement.Placed> placed = List.of();

        Subject(Path file) {
            this.file = file;
        }

        public FindingsFile findings() {
            return findings;
        }

        /** Why the findings file could not be read (file:line:column: ...), or null. */
        public String loadError() {
            return loadError;
        }

        /** The counterexample the anchors are placed on, or null. */
        public Trace counterexample() {
            return counterexample;
        }

        public StepSubject steps() {
            return steps;
        }

        /** The trace store the anchors are placed on, or null. */
        public org.pagelab.engine.trace.Trace trace() {
            return trace;
        }

        /** Whether there is something to place the anchors on. */
        public boolean placeable() {
            return steps != null || trace != null;
        }

        /** Where each finding is, in file order (empty until {@link #placeable()}). */
        public List<Placement.Placed> placed() {
            return placed;
        }

        /** The placement of one finding, or null. */
        public Placement.Place placeOf(Finding f) {
            for (Placement.Placed p : placed) {
                if (p.finding() == f) {
                    return p.place();
                }
            }
            return null;
        }
    }

    private final Map<Path, Subject> subjects = new HashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Path current;

    private FindingsStore() {
    }

    public static FindingsStore get() {
        return INSTANCE;
    }

    static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    /** The subject of a file, its findings loaded (or re-loaded when the file changed on disk). */
    public Subject subject(Path file) {
        Path k = key(file);
        Subject s = subjects.computeIfAbsent(k, Subject::new);
        long stamp = stamp(FindingsFiles.fileFor(k));
        if (s.findings == null || stamp != s.loadedStamp) {
            load(s, stamp);
        }
        return s;
    }

    private static long stamp(Path f) {
        try {
            return Files.exists(f) ? Files.getLastModifiedTime(f).toMillis() ^ (Files.size(f) << 40) : -1;
        } catch (IOException e) {
            return -2;
        }
    }

    private void load(Subject s, long stamp) {
        try {
            s.findings = FindingsFiles.loadFor(s.file);
            s.loadError = null;
        } catch (StateFileException e) {
            // keep what we had (nothing a user saved is dropped), say why
            if (s.findings == null) {
                s.findings = FindingsFiles.create(s.file);
            }
            s.loadError = e.getMessage();
        }
        s.loadedStamp = stamp;
        place(s);
    }

    /** The file the Findings view shows, or null. */
    public Path current() {
        return current;
    }

    /** Makes a scenario or trace the current subject (null: none). */
    public void setCurrent(Path file) {
        Path k = file == null ? null : key(file);
        if (k == null ? current != null : !k.equals(current)) {
            current = k;
            if (k != null) {
                subject(k);
            }
            fire();
        }
    }

    /** A counterexample of scenario {@code file} was shown: place the anchors on it. */
    public void counterexample(Path file, Trace t) {
        Subject s = subject(file);
        if (s.counterexample == t) {
            return;
        }
        s.counterexample = t;
        Path dir = s.file.getParent();
        s.steps = t == null ? null : StepSubjects.of(t, StepSubjects.files(dir));
        place(s);
        fire();
    }

    /** The trace store of trace {@code file} is known: place the anchors on it. */
    public void trace(Path file, org.pagelab.engine.trace.Trace store) {
        Subject s = subject(file);
        if (s.trace == store) {
            return;
        }
        s.trace = store;
        place(s);
        fire();
    }

    private static void place(Subject s) {
        if (s.steps != null) {
            s.placed = Placement.placeAll(s.findings, s.steps);
        } else if (s.trace != null) {
            s.placed = Placement.placeAll(s.findings, s.trace);
        } else {
            s.placed = List.of();
        }
    }

    /** Adds a finding and saves. */
    public Finding add(Path file, Anchor anchor, String title, String text, Severity severity, List<String> tags)
            throws IOException {
        Subject s = subject(file);
        checkWritable(s);
        Finding f = FindingsFiles.add(s.findings, title, text, severity, tags, anchor);
        try {
            save(s);
        } catch (IOException e) {
            s.findings.getFindings().remove(f);
            throw e;
        }
        return f;
    }

    /** Changes a finding's words and saves. */
    public void edit(Path file, Finding f, String title, String text, Severity severity, List<String> tags)
            throws IOException {
        Subject s = subject(file);
        checkWritable(s);
        f.setTitle(title);
        f.setText(text);
        f.setSeverity(severity);
        f.getTags().clear();
        for (String t : tags) {
            if (!t.isBlank()) {
                f.getTags().add(t.strip());
            }
        }
        save(s);
    }

    /** Deletes findings and saves. */
    public void delete(Path file, List<Finding> fs) throws IOException {
        Subject s = subject(file);
        checkWritable(s);
        List<Finding> before = new ArrayList<>(s.findings.getFindings());
        s.findings.getFindings().removeAll(fs);
        try {
            save(s);
        } catch (IOException e) {
            s.findings.getFindings().clear();
            s.findings.getFindings().addAll(before);
            throw e;
        }
    }

    /** A findings file that could not be read is not overwritten (the user's text would be lost). */
    private static void checkWritable(Subject s) throws IOException {
        if (s.loadError != null) {
            throw new IOException("the findings file cannot be read, so it is not overwritten: " + s.loadError);
        }
    }

    private void save(Subject s) throws IOException {
        Path f = FindingsFiles.fileFor(s.file);
        FindingsFiles.save(s.findings, f);
        s.loadedStamp = stamp(f);
        place(s);
        fire();
    }

    public void addListener(Runnable l) {
        listeners.add(l);
    }

    public void removeListener(Runnable l) {
        listeners.remove(l);
    }

    private void fire() {
        for (Runnable r : listeners) {
            r.run();
        }
    }

    /** Forgets everything (tests). */
    void reset() {
        subjects.clear();
        current = null;
        fire();
    }
}
