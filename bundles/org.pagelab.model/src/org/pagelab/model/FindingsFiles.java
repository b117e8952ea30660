package org.pagelab.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.pagelab.model.findings.Anchor;
import org.pagelab.model.findings.Finding;
import org.pagelab.model.findings.FindingsFactory;
import org.pagelab.model.findings.FindingsFile;
import org.pagelab.model.findings.FindingsPackage;
import org.pagelab.model.findings.Severity;
import org.pagelab.model.findings.SubjectKind;
import org.pagelab.model.findings.util.FindingsResourceFactoryImpl;

/**
 * Reading and writing findings files: {@code FILE.findings} next to the
 * scenario or trace {@code FILE} they annotate (XMI of the {@code findings}
 * package; the format is described in docs/FORMATS.md). Saving is atomic.
 * Works in OSGi and on a plain class path.
 */
public final class FindingsFiles {
    /** File extension of findings files. */
    public static final String FILE_EXTENSION = "findings";

    private FindingsFiles() {
    }

    /** A resource set that can read and write findings files. */
    public static ResourceSet newResourceSet() {
        ResourceSet rs = new ResourceSetImpl();
        rs.getPackageRegistry().put(FindingsPackage.eNS_URI, FindingsPackage.eINSTANCE);
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new FindingsResourceFactoryImpl());
        return rs;
    }

    /** The findings file of a scenario or trace: {@code FILE.findings} in the same directory. */
    public static Path fileFor(Path subject) {
        return subject.resolveSibling(subject.getFileName() + "." + FILE_EXTENSION);
    }

    /** Whether a file name names a findings file. */
    public static boolean isFindingsFile(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith("." + FILE_EXTENSION);
    }

    /** The kind of subject a file is, from its name: traces are everything but scenarios and litmus tests. */
    public static SubjectKind kindOf(Path subject) {
        String n = subject.getFileName() == null ? "" : subject.getFileName().toString();
        return n.endsWith(".pgl") || n.endsWith(".litmus") ? SubjectKind.SCENARIO : SubjectKind.TRACE;
    }

    /** An empty findings file about {@code subject}. */
    public static FindingsFile create(Path subject) {
        FindingsFile f = FindingsFactory.eINSTANCE.createFindingsFile();
        f.setSubject(subject.getFileName() == null ? subject.toString() : subject.getFileName().toString());
        f.setSubjectKind(kindOf(subject));
        return f;
    }

    /**
     * The findings about {@code subject}: its findings file if there is one,
     * else an empty one (not written until saved).
     */
    public static FindingsFile loadFor(Path subject) throws StateFileException {
        Path f = fileFor(subject);
        return Files.exists(f) ? load(f) : create(subject);
    }

    /** Loads a findings file. Errors name the file, line and column. */
    public static FindingsFile load(Path file) throws StateFileException {
        return MmStates.loadFile(file, FindingsFiles::load);
    }

    /** Loads findings from a stream; {@code name} is used in error messages. */
    public static FindingsFile load(String name, InputStream in) throws StateFileException {
        EObject root = MmStates.loadRoot(newResourceSet(), name, FILE_EXTENSION, in);
        if (!(root instanceof FindingsFile ff)) {
            throw new StateFileException(name, 0, 0, "expected a findings:FindingsFile root element"
                    + (root == null ? ", found nothing" : ", found " + root.eClass().getName()));
        }
        int i = 0;
        for (Finding f : ff.getFindings()) {
            i++;
            if (f.getAnchor() == null) {
                throw new StateFileException(name, 0, 0, "finding " + i + " ("
                        + (f.getId() == null ? "no id" : f.getId()) + ") has no anchor");
            }
        }
        return ff;
    }

    /** The XMI text of a findings file, as {@link #save} writes it. */
    public static byte[] toBytes(FindingsFile findings) throws IOException {
        Resource r = newResourceSet().createResource(URI.createURI("memory:/x." + FILE_EXTENSION));
        r.getContents().add(EcoreUtil.copy(findings));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.save(out, MmStates.saveOptions());
        return out.toByteArray();
    }

    /** Reads back what {@link #toBytes} wrote. */
    public static FindingsFile fromBytes(String name, byte[] bytes) throws StateFileException {
        return load(name, new ByteArrayInputStream(bytes));
    }

    /** Saves atomically (temporary file in the same directory, then a move). */
    public static void save(FindingsFile findings, Path file) throws IOException {
        MmStates.writeAtomically(file, toBytes(findings));
    }

    /**
     * Adds a finding with a fresh id (F1, F2...) and the current time, and
     * returns it.
     */
    public static Finding add(FindingsFile file, String title, String text, Severity severity, Iterable<String> tags,
            Anchor anchor) {
        Finding f = FindingsFactory.eINSTANCE.createFinding();
        f.setId(nextId(file));
        f.setTitle(title);
        f.setText(text);
        f.setSeverity(severity == null ? Severity.NOTE : severity);
        if (tags != null) {
            for (String t : tags) {
                if (t != null && !t.isBlank()) {
                    f.getTags().add(t.strip());
                }
            }
        }
        f.setCreated(new Date());
        f.setAnchor(anchor);
        file.getFindings().add(f);
        return f;
    }

    /** An id no finding of the file has: F followed by one more than the largest number in use. */
    public static String nextId(FindingsFile file) {
        int max = 0;
        for (Finding f : file.getFindings()) {
            String id = f.getId();
            if (id != null && id.matches("F[0-9]{1,9}")) {
                max = Math.max(max, Integer.parseInt(id.substring(1)));
            }
        }
        return "F" + (max + 1);
    }
}
