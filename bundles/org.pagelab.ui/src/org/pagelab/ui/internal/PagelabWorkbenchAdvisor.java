package org.pagelab.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.pagelab.ui.OpenFiles;
import org.pagelab.ui.PagelabUi;

/** Workbench life cycle: the MM perspective first, files from the command line opened at start. */
public class PagelabWorkbenchAdvisor extends WorkbenchAdvisor {
    private final List<String> filesToOpen;

    public PagelabWorkbenchAdvisor(List<String> filesToOpen) {
        this.filesToOpen = List.copyOf(filesToOpen);
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
        // Files from outside the workspace open through IDE.openEditorOnFileStore.
        org.eclipse.ui.ide.IDE.registerAdapters();
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new PagelabWindowAdvisor(configurer);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return PagelabUi.PERSPECTIVE_MM;
    }

    @Override
    public void postStartup() {
        IWorkbenchPage page = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getActivePage();
        for (String f : filesToOpen) {
            OpenFiles.open(page, Path.of(f));
        }
    }

    @Override
    public void postShutdown() {
        // Save the workspace metadata (editor history, markers) so the next
        // start does not log a recovery message.
        try {
            if (org.eclipse.core.runtime.Platform.getBundle("org.eclipse.core.resources") != null) {
                org.eclipse.core.resources.ResourcesPlugin.getWorkspace().save(true, null);
            }
        } catch (org.eclipse.core.runtime.CoreException | IllegalStateException e) {
            Activator.log(IStatus.WARNING, "could not save workspace metadata", e);
        }
        super.postShutdown();
    }
}
