package org.pagelab.ui.scenario.internal;

import java.net.URI;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.part.FileEditorInput;
import org.pagelab.ui.OpenFiles;

/**
 * Scenario files live anywhere on disk, but problem markers (and so the
 * Problems view, the ruler and "go to marker") need an {@link IFile}. A file
 * outside the workspace is therefore opened through a linked file in a
 * hidden project, {@code .pagelab-files}, under folders that mirror its
 * directory (so the Problems view's path names the real place):
 * {@code /work/main/examples/s1.pgl} is linked as
 * {@code /.pagelab-files/work/main/examples/s1.pgl}. Linking does not copy
 * anything: reading and saving go to the real file. The link is removed
 * when the editor closes.
 */
public final class ExternalFiles {
    /** The hidden project holding the links. */
    public static final String PROJECT = ".pagelab-files";

    private ExternalFiles() {
    }

    /**
     * The workspace input for an editor input: unchanged when it already is
     * a workspace file, a linked file for a local file, or null when the
     * input is not a local file.
     */
    public static IFileEditorInput toWorkspaceInput(IEditorInput input) throws CoreException {
        if (input instanceof IFileEditorInput f) {
            return f;
        }
        Path path = OpenFiles.pathOf(input);
        if (path == null) {
            return null;
        }
        return new FileEditorInput(link(path));
    }

    /** The workspace file for a local file: an existing resource at that location, or a new link. */
    public static IFile link(Path file) throws CoreException {
        Path abs = file.toAbsolutePath().normalize();
        URI uri = abs.toUri();
        IWorkspace ws = ResourcesPlugin.getWorkspace();
        IWorkspaceRoot root = ws.getRoot();
        for (IFile f : root.findFilesForLocationURI(uri, IContainer.INCLUDE_HIDDEN)) {
            if (f.exists()) {
                return f;
            }
        }
        IFile[] out = new IFile[1];
        ICoreRunnable create = monitor -> {
            IProject p = root.getProject(PROJECT);
            if (!p.exists()) {
                IProjectDescription d = ws.newProjectDescription(PROJECT);
                p.create(d, IResource.HIDDEN, monitor);
            }
            if (!p.isOpen()) {
                p.open(monitor);
            }
            IContainer dir = p;
            Path parent = abs.getParent();
            for (int i = 0; parent != null && i < parent.getNameCount(); i++) {
                IFolder folder = dir.getFolder(new org.eclipse.core.runtime.Path(parent.getName(i).toString()));
                if (!folder.exists()) {
                    folder.create(IResource.FORCE, true, monitor);
                }
                dir = folder;
            }
            IFile f = dir.getFile(new org.eclipse.core.runtime.Path(abs.getFileName().toString()));
            f.createLink(uri, IResource.REPLACE | IResource.ALLOW_MISSING_LOCAL, monitor);
            out[0] = f;
        };
        ws.run(create, root, IWorkspace.AVOID_UPDATE, null);
        return out[0];
    }

    /** Whether a file is one of our links. */
    public static boolean isLink(IFile f) {
        return f != null && f.isLinked() && f.getProject().getName().equals(PROJECT);
    }

    /** Removes a link made by {@link #link} (the file on disk stays), with its markers. */
    public static void release(IFile f) {
        if (!isLink(f)) {
            return;
        }
        try {
            ResourcesPlugin.getWorkspace().run(monitor -> {
                if (f.exists()) {
                    f.delete(IResource.NONE, monitor);
                }
            }, f.getProject(), IWorkspace.AVOID_UPDATE, null);
        } catch (CoreException e) {
            Activator.warn("could not remove the link " + f.getFullPath(), e);
        }
    }

    /** The local path of a workspace file. */
    public static Path pathOf(IFile f) {
        return f.getLocation() == null ? null : f.getLocation().toFile().toPath();
    }
}
