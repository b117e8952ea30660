package org.pagelab.ui.internal;

import java.nio.file.Path;

import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.pagelab.ui.OpenFiles;

/** The workbench window: titled Pagelab, files can be dropped on the editor area. */
public class PagelabWindowAdvisor extends WorkbenchWindowAdvisor {
    public PagelabWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public org.eclipse.ui.application.ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new PagelabActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer c = getWindowConfigurer();
        c.setInitialSize(new Point(1400, 900));
        c.setShowCoolBar(true);
        c.setShowStatusLine(true);
        c.setShowProgressIndicator(true);
        c.setShowPerspectiveBar(true);
        c.setTitle("Pagelab");
        c.addEditorAreaTransfer(FileTransfer.getInstance());
        c.configureEditorAreaDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                event.detail = DND.DROP_COPY;
            }

            @Override
            public void drop(DropTargetEvent event) {
                if (event.data instanceof String[] files) {
                    IWorkbenchPage page = c.getWindow().getActivePage();
                    for (String f : files) {
                        OpenFiles.open(page, Path.of(f));
                    }
                }
            }
        });
    }

    static Transfer[] transfers() {
        return new Transfer[] { FileTransfer.getInstance() };
    }
}
