package org.pagelab.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** Helpers for tests that run in the UI thread of a live workbench. */
public final class UiTestSupport {
    private UiTestSupport() {
    }

    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Runs the event loop until {@code done} holds or the time runs out (then fails). */
    public static void waitUntil(String what, BooleanSupplier done) {
        Display d = Display.getCurrent();
        long end = System.currentTimeMillis() + 20_000;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            if (!d.readAndDispatch()) {
                d.sleep();
                d.timerExec(20, () -> {
                });
            }
        }
    }

    /** Lets pending UI work run. */
    public static void drain() {
        Display d = Display.getCurrent();
        while (d.readAndDispatch()) {
            // keep going
        }
    }

    /** The project root (holding examples/). */
    public static Path project() {
        String p = System.getProperty("pagelab.project.dir");
        Path dir = p != null ? Path.of(p) : Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("project root not found; set -Dpagelab.project.dir");
        }
        return dir;
    }

    /** Collects error entries written to the platform log while a test runs. */
    public static final class LogRecorder implements ILogListener, AutoCloseable {
        private final List<IStatus> errors = new ArrayList<>();

        public LogRecorder() {
            Platform.addLogListener(this);
        }

        @Override
        public void logging(IStatus status, String plugin) {
            if (status.getSeverity() == IStatus.ERROR) {
                errors.add(status);
            }
        }

        public List<IStatus> errors() {
            return errors;
        }

        @Override
        public void close() {
            Platform.removeLogListener(this);
        }
    }
}
