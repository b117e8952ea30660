package org.pagelab.ui.findings.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;
import org.pagelab.ui.findings.FindingsUi;

/** The findings bundle's activator: its log. */
public final class Activator extends AbstractUIPlugin {
    private static Activator instance;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        instance = null;
        super.stop(context);
    }

    public static Activator get() {
        return instance;
    }

    /** Logs an unexpected problem (never shown as a stack trace to the user). */
    public static void log(String message, Throwable t) {
        ILog.of(Activator.class).log(new Status(IStatus.ERROR, FindingsUi.PLUGIN_ID, message, t));
    }
}
