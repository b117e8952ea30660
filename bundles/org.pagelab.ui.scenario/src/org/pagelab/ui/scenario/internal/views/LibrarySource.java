package org.pagelab.ui.scenario.internal.views;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IStorage;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IStorageEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.texteditor.ITextEditor;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.pagelab.engine.lang.Parser;

/**
 * Opens a module of the kernel model library (lib/mm/gup.pgl, shipped in the
 * engine bundle) read-only at a line: where a counterexample's step ran.
 */
final class LibrarySource {
    private LibrarySource() {
    }

    /** Opens {@code file} ("lib/mm/gup.pgl") at a 1-based line; false when it is not a library module. */
    static boolean open(IWorkbenchPage page, String file, int line) {
        String text = text(file);
        if (text == null) {
            return false;
        }
        try {
            IEditorPart ed = page.openEditor(new Input(file, text), "org.eclipse.ui.DefaultTextEditor", true);
            if (ed instanceof ITextEditor te) {
                IDocument d = te.getDocumentProvider().getDocument(te.getEditorInput());
                int l = Math.max(0, Math.min(line - 1, d.getNumberOfLines() - 1));
                te.selectAndReveal(d.getLineOffset(l), Math.max(0, d.getLineLength(l) - 1));
            }
            return true;
        } catch (PartInitException | org.eclipse.jface.text.BadLocationException e) {
            org.pagelab.ui.scenario.internal.Activator.warn("cannot open " + file, e);
            return false;
        }
    }

    /** The text of a library module, or null. */
    static String text(String file) {
        if (file == null || !file.startsWith("lib/") || file.contains("..")) {
            return null;
        }
        Bundle engine = FrameworkUtil.getBundle(Parser.class);
        URL u = engine == null ? null : engine.getEntry("/org/pagelab/engine/" + file);
        if (u == null) {
            return null;
        }
        try (InputStream in = u.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** A read-only input holding a library module's text. */
    private record Input(String file, String text) implements IStorageEditorInput {
        @Override
        public IStorage getStorage() {
            return new IStorage() {
                @Override
                public InputStream getContents() {
                    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
                }

                @Override
                public IPath getFullPath() {
                    return IPath.fromOSString(file);
                }

                @Override
                public String getName() {
                    return file.substring(file.lastIndexOf('/') + 1);
                }

                @Override
                public boolean isReadOnly() {
                    return true;
                }

                @Override
                public <T> T getAdapter(Class<T> adapter) {
                    return null;
                }
            };
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public ImageDescriptor getImageDescriptor() {
            return null;
        }

        @Override
        public String getName() {
            return file.substring(file.lastIndexOf('/') + 1) + " (library)";
        }

        @Override
        public IPersistableElement getPersistable() {
            return null;
        }

        @Override
        public String getToolTipText() {
            return "Kernel model library: " + file;
        }

        @Override
        public <T> T getAdapter(Class<T> adapter) {
            return null;
        }
    }
}
