package org.pagelab.ui.scenario.internal;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;
import org.pagelab.ui.scenario.ScenarioUi;

/** The scenario editor bundle: logging and dialog settings (launch choices per file). */
public class Activator extends AbstractUIPlugin {
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

    public static void log(int severity, String message, Throwable t) {
        if (instance != null) {
            instance.getLog().log(new Status(severity, ScenarioUi.PLUGIN_ID, message, t));
        }
    }

    public static void warn(String message, Throwable t) {
        log(IStatus.WARNING, message, t);
    }
}
