package org.pagelab.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.pagelab.ui.PagelabUi;

/** Plug-in life cycle of the workbench bundle. */
public class Activator extends AbstractUIPlugin {
    private static Activator plugin;

    @Override
    public void start(org.osgi.framework.BundleContext context) throws Exception {
        super.start(context);
        plugin = this;
    }

    @Override
    public void stop(org.osgi.framework.BundleContext context) throws Exception {
        plugin = null;
        super.stop(context);
    }

    public static Activator getDefault() {
        return plugin;
    }

    /** Logs a problem to the platform log (Error Log / .metadata/.log). */
    public static void log(int severity, String message, Throwable t) {
        ILog.of(Activator.class).log(new Status(severity, PagelabUi.PLUGIN_ID, message, t));
    }

    public static void logError(String message, Throwable t) {
        log(IStatus.ERROR, message, t);
    }
}
