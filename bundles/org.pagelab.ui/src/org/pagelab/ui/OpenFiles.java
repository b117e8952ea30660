package org.pagelab.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/**
 * Opens files from outside the workspace in the editor registered for their
 * name (File > Open, drag and drop, command line). Problems are reported in
 * a dialog naming the file, never as an exception.
 */
public final class OpenFiles {
    private OpenFiles() {
    }

    /** Opens {@code file} in {@code page}; returns the editor or null after telling the user why not. */
    public static IEditorPart open(IWorkbenchPage page, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs)) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Open",
                    abs + ": " + (Files.exists(abs) ? "not a regular file" : "no such file"));
            return null;
        }
        try {
            IFileStore store = EFS.getLocalFileSystem().getStore(abs.toUri());
            return IDE.openEditorOnFileStore(page, store);
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Open", abs + ": " + e.getMessage());
        } catch (CoreException | RuntimeException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Open", abs + ": cannot open (" + e.getMessage() + ")");
        }
        return null;
    }

    /** The local file behind an editor input, or null. */
    public static Path pathOf(org.eclipse.ui.IEditorInput input) {
        org.eclipse.ui.IURIEditorInput u = org.eclipse.core.runtime.Adapters.adapt(input, org.eclipse.ui.IURIEditorInput.class);
        if (u != null && u.getURI() != null && "file".equals(u.getURI().getScheme())) {
            return Path.of(u.getURI());
        }
        org.eclipse.ui.IPathEditorInput p = org.eclipse.core.runtime.Adapters.adapt(input, org.eclipse.ui.IPathEditorInput.class);
        if (p != null) {
            return p.getPath().toFile().toPath();
        }
        return null;
    }
}
