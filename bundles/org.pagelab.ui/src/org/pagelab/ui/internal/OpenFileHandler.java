package org.pagelab.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.pagelab.ui.OpenFiles;

/** File > Open...: any file Pagelab has an editor for (states, scenarios, traces). */
public class OpenFileHandler extends AbstractHandler {
    private static String lastDir;

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null) {
            return null;
        }
        FileDialog d = new FileDialog(window.getShell(), SWT.OPEN | SWT.MULTI);
        d.setText("Open");
        d.setFilterNames(new String[] { "All files", "MM states (*.mmstate)" });
        d.setFilterExtensions(new String[] { "*", "*.mmstate" });
        if (lastDir != null) {
            d.setFilterPath(lastDir);
        }
        if (d.open() == null) {
            return null;
        }
        lastDir = d.getFilterPath();
        for (String name : d.getFileNames()) {
            OpenFiles.open(window.getActivePage(), Path.of(d.getFilterPath(), name));
        }
        return null;
    }
}
