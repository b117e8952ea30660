package org.pagelab.ui.scenario.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceRuleFactory;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.FileDocumentProvider;
import org.pagelab.ui.scenario.ScenarioUi;

/**
 * The document provider of scenario files: the platform's file provider
 * (markers as annotations, external change detection), except that saving
 * writes the file atomically (temporary file + move, {@code MmStates.writeAtomically}: permissions kept)
 * instead of truncating and rewriting it in place.
 */
public class AtomicFileDocumentProvider extends FileDocumentProvider {
    private static final AtomicFileDocumentProvider SHARED = new AtomicFileDocumentProvider();

    public static AtomicFileDocumentProvider shared() {
        return SHARED;
    }

    /** Saving replaces the file and refreshes it: both need their rules. */
    @Override
    protected ISchedulingRule getSaveRule(Object element) {
        if (element instanceof IFileEditorInput in) {
            IResourceRuleFactory f = ResourcesPlugin.getWorkspace().getRuleFactory();
            return MultiRule.combine(f.modifyRule(in.getFile()), f.refreshRule(in.getFile()));
        }
        return super.getSaveRule(element);
    }

    @Override
    protected void doSaveDocument(IProgressMonitor monitor, Object element, IDocument document, boolean overwrite)
            throws CoreException {
        if (!(element instanceof IFileEditorInput in) || !in.getFile().exists() || in.getFile().getLocation() == null) {
            super.doSaveDocument(monitor, element, document, overwrite);
            return;
        }
        IFile file = in.getFile();
        FileInfo info = (FileInfo) getElementInfo(element);
        if (info != null && !overwrite) {
            checkSynchronizationState(info.fModificationStamp, file);
        }
        String encoding = getEncoding(element);
        if (encoding == null) {
            encoding = file.getCharset();
        }
        Path target = ExternalFiles.pathOf(file);
        try {
            org.pagelab.model.MmStates.writeAtomically(target, document.get().getBytes(Charset.forName(encoding)));
        } catch (IOException | RuntimeException e) {
            throw new CoreException(new Status(IStatus.ERROR, ScenarioUi.PLUGIN_ID,
                    target + ": could not save (" + e.getMessage() + "); the file on disk is unchanged", e));
        }
        file.refreshLocal(IResource.DEPTH_ZERO, monitor);
        if (info != null) {
            info.fModificationStamp = computeModificationStamp(file);
        }
    }
}
