package org.pagelab.ui.scenario.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** What the scenario UI tests need from a live workbench. */
final class Ui {
    private Ui() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Runs the event loop until {@code done} holds, failing after {@code seconds}. */
    static void waitFor(String what, int seconds, BooleanSupplier done) {
        Display d = Display.getCurrent();
        long end = System.currentTimeMillis() + seconds * 1000L;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            if (!d.readAndDispatch()) {
                d.timerExec(20, () -> {
                });
                d.sleep();
            }
        }
    }

    static void waitFor(String what, BooleanSupplier done) {
        waitFor(what, 20, done);
    }

    /** Lets pending UI work and the given job family finish. */
    static void settle(Object family) {
        waitFor("jobs of " + family, () -> Job.getJobManager().find(family).length == 0);
        Display d = Display.getCurrent();
        while (d.readAndDispatch()) {
            // drain
        }
    }

    static Path project() {
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

    /**
     * Saves a PNG of the workbench window into target/screenshots (a build
     * artifact that shows what the tests saw); returns the file.
     */
    static Path screenshot(String name) throws java.io.IOException {
        Display d = Display.getCurrent();
        while (d.readAndDispatch()) {
            // let everything paint
        }
        org.eclipse.swt.widgets.Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        org.eclipse.swt.graphics.Rectangle r = shell.getBounds();
        org.eclipse.swt.graphics.Image img = new org.eclipse.swt.graphics.Image(d, r.width, r.height);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(d);
        try {
            gc.copyArea(img, r.x, r.y);
            org.eclipse.swt.graphics.ImageLoader l = new org.eclipse.swt.graphics.ImageLoader();
            l.data = new org.eclipse.swt.graphics.ImageData[] { img.getImageData() };
            Path dir = Path.of("target", "screenshots").toAbsolutePath();
            Files.createDirectories(dir);
            Path f = dir.resolve(name + ".png");
            l.save(f.toString(), org.eclipse.swt.SWT.IMAGE_PNG);
            return f;
        } finally {
            gc.dispose();
            img.dispose();
        }
    }

    /** Every item text of the first tree under a control, expanded, depth first. */
    static List<String> treeTexts(Control c) {
        Tree t = find(c, Tree.class);
        List<String> out = new ArrayList<>();
        if (t != null) {
            for (TreeItem it : t.getItems()) {
                collect(it, out);
            }
        }
        return out;
    }

    private static void collect(TreeItem it, List<String> out) {
        StringBuilder sb = new StringBuilder();
        int cols = Math.max(1, it.getParent().getColumnCount());
        for (int i = 0; i < cols; i++) {
            sb.append(i == 0 ? "" : " | ").append(it.getText(i));
        }
        out.add(sb.toString());
        for (TreeItem ch : it.getItems()) {
            collect(ch, out);
        }
    }

    static <T extends Control> T find(Control c, Class<T> type) {
        if (type.isInstance(c)) {
            return type.cast(c);
        }
        if (c instanceof Composite comp) {
            for (Control ch : comp.getChildren()) {
                T r = find(ch, type);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    /** Records error entries of the platform log. */
    static final class Log implements ILogListener, AutoCloseable {
        final List<IStatus> errors = new ArrayList<>();

        Log() {
            Platform.addLogListener(this);
        }

        @Override
        public void logging(IStatus status, String plugin) {
            if (status.getSeverity() == IStatus.ERROR) {
                errors.add(status);
            }
        }

        @Override
        public void close() {
            Platform.removeLogListener(this);
        }
    }
}
