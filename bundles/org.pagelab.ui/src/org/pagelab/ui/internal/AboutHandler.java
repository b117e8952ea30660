package org.pagelab.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.pagelab.engine.Version;

/** Help > About Pagelab. */
public class AboutHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "About Pagelab", aboutText());
        return null;
    }

    public static String aboutText() {
        return "Pagelab " + Version.get() + "\n\n"
                + "A workbench for Linux memory-management races: scenarios over pages,\n"
                + "PTEs, VMAs, page cache and swap, explored exhaustively; real ftrace traces;\n"
                + "replies for linux-mm.\n\n"
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
                + "Eclipse platform " + org.eclipse.core.runtime.Platform.getBundle("org.eclipse.ui.workbench").getVersion();
    }
}
