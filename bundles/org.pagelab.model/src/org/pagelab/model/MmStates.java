package org.pagelab.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.pagelab.model.mm.MMState;
import org.pagelab.model.mm.MmPackage;
import org.pagelab.model.mm.util.MmResourceFactoryImpl;

/**
 * Reading and writing MM state files ({@code *.mmstate}, XMI; the format is
 * described in docs/FORMATS.md). Works in OSGi and on a plain class path:
 * the package and the resource factory are registered on the resource set
 * used, not only through plugin.xml.
 */
public final class MmStates {
    /** File extension of saved MM states. */
    public static final String FILE_EXTENSION = "mmstate";

    private MmStates() {
    }

    /** A resource set that can read and write MM state files. */
    public static ResourceSet newResourceSet() {
        ResourceSet rs = new ResourceSetImpl();
        rs.getPackageRegistry().put(MmPackage.eNS_URI, MmPackage.eINSTANCE);
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION, new MmResourceFactoryImpl());
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new MmResourceFactoryImpl());
        return rs;
    }

    static Map<Object, Object> saveOptions() {
        Map<Object, Object> o = new HashMap<>();
        o.put(XMLResource.OPTION_ENCODING, "UTF-8");
        o.put(XMLResource.OPTION_LINE_WIDTH, 100);
        o.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        return o;
    }

    /** Loads the state saved in {@code file}. */
    public static MMState load(Path file) throws StateFileException {
        return loadFile(file, MmStates::load);
    }

    /** Reads a model file from a stream; the name is used in messages. */
    interface StreamLoader<T> {
        T load(String name, InputStream in) throws StateFileException;
    }

    /** Opens a model file and loads it; a missing, special or unreadable file is a StateFileException. */
    static <T> T loadFile(Path file, StreamLoader<T> loader) throws StateFileException {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new StateFileException(name, 0, 0, Files.exists(file) ? "not a regular file" : "no such file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return loader.load(name, in);
        } catch (IOException e) {
            throw new StateFileException(name, 0, 0, "cannot read: " + e.getMessage());
        }
    }

    /** Loads a state from a stream; {@code name} is used in error messages. */
    public static MMState load(String name, InputStream in) throws StateFileException {
        EObject root = loadRoot(newResourceSet(), name, FILE_EXTENSION, in);
        if (!(root instanceof MMState)) {
            throw new StateFileException(name, 0, 0, "expected an mm:MMState root element"
                    + (root == null ? ", found nothing" : ", found " + root.eClass().getName()));
        }
        return (MMState) root;
    }

    /**
     * Loads the first root object of an XMI file of one of our models, or
     * null when the file has none; errors carry the line and column EMF
     * reports.
     */
    static EObject loadRoot(ResourceSet rs, String name, String extension, InputStream in) throws StateFileException {
        Resource r = rs.createResource(URI.createFileURI(name.endsWith("." + extension) ? name : name + "." + extension));
        try {
            r.load(in, null);
        } catch (IOException e) {
            // fall through to the resource's diagnostics, which carry positions
            if (r.getErrors().isEmpty()) {
                throw new StateFileException(name, 0, 0, cleanMessage(e.getMessage()));
            }
        } catch (RuntimeException e) {
            throw new StateFileException(name, 0, 0, "not a Pagelab "
                    + (extension.equals(FILE_EXTENSION) ? "state" : extension) + " file ("
                    + cleanMessage(String.valueOf(e.getMessage())) + ")");
        }
        if (!r.getErrors().isEmpty()) {
            Resource.Diagnostic d = r.getErrors().get(0);
            throw new StateFileException(name, d.getLine(), d.getColumn(), cleanMessage(d.getMessage()));
        }
        return r.getContents().isEmpty() ? null : r.getContents().get(0);
    }

    private static String cleanMessage(String m) {
        if (m == null) {
            return "unreadable";
        }
        // EMF prefixes some messages with the exception class and repeats the URI.
        int i = m.indexOf("Exception: ");
        String s = i >= 0 ? m.substring(i + "Exception: ".length()) : m;
        return s.replaceAll("\\s*\\(file:[^)]*\\)", "").trim();
    }

    /** The XMI text of a state, as {@link #save} writes it. */
    public static byte[] toBytes(MMState state) throws IOException {
        checkNames(state);
        ResourceSet rs = newResourceSet();
        Resource r = rs.createResource(URI.createURI("memory:/state." + FILE_EXTENSION));
        MMState copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(state);
        r.getContents().add(copy);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.save(out, saveOptions());
        return out.toByteArray();
    }

    /**
     * Objects are referenced by name in the file: a name with spaces, a colon
     * or '#', or starting with '/', would be read back as a URI and the
     * reference lost, so such states are refused before anything is written.
     */
    static void checkNames(MMState state) throws IOException {
        var seen = new java.util.HashMap<String, EObject>();
        for (var it = state.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            var idAttr = o.eClass().getEIDAttribute();
            if (idAttr == null) {
                continue;
            }
            Object v = o.eGet(idAttr);
            if (v == null) {
                continue;
            }
            String n = v.toString();
            if (n.isEmpty() || n.startsWith("/") || n.chars().anyMatch(c -> c == ':' || c == '#' || Character.isWhitespace(c))) {
                throw new IOException(o.eClass().getName() + " name '" + n
                        + "' cannot be saved: names must be non-empty, without spaces, ':' or '#', and not start with '/'");
            }
            EObject other = seen.put(n, o);
            if (other != null) {
                throw new IOException("two objects are named '" + n + "' (" + other.eClass().getName() + " and "
                        + o.eClass().getName() + "): names must be unique in a state");
            }
        }
    }

    /** Reads back what {@link #toBytes} wrote. */
    public static MMState fromBytes(String name, byte[] bytes) throws StateFileException {
        return load(name, new ByteArrayInputStream(bytes));
    }

    /**
     * Saves a state atomically: the new content is written to a temporary
     * file in the same directory and moved over {@code file}, so a failure
     * never leaves a half-written or lost file.
     */
    public static void save(MMState state, Path file) throws IOException {
        writeAtomically(file, toBytes(state));
    }

    /**
     * Writes bytes to a file atomically: a temporary file in the same
     * directory, forced to disk, given the target's permissions (when it
     * exists), then moved over it. A crash or a full disk leaves the old
     * file whole.
     */
    public static void writeAtomically(Path file, byte[] content) throws IOException {
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            if (Files.exists(abs)) {
                try {
                    Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(abs));
                } catch (UnsupportedOperationException | IOException e) {
                    // not a POSIX file system: the temporary file's permissions stay
                }
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
