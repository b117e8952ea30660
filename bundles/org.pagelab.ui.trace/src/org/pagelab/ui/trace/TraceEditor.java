package org.pagelab.ui.trace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPartConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.part.IShowInTarget;
import org.eclipse.ui.part.ShowInContext;
import org.osgi.framework.FrameworkUtil;
import org.pagelab.engine.findings.Refs;
import org.pagelab.engine.trace.Trace;
import org.pagelab.engine.trace.TraceFiles;
import org.pagelab.engine.trace.analysis.Density;
import org.pagelab.ui.OpenFiles;
import org.pagelab.ui.SimpleSelectionProvider;
import org.pagelab.ui.trace.internal.Bookmarks;
import org.pagelab.ui.JobProgress;
import org.pagelab.ui.trace.internal.TraceViewer;

/**
 * The trace viewer editor: one per trace file (ftrace text, trace-cmd
 * report, trace.dat, mail, Pagelab counterexample). The trace loads in an
 * Eclipse job with progress and a Cancel button in the editor; a file that
 * is no trace shows its located error in place of the viewer.
 * <p>
 * For other views (findings): the editor puts the selected event
 * ({@link Refs.Event}) or the time range selected in the timeline
 * ({@link Refs.TimeRange}) or, after "Focus on page", the page
 * ({@link Refs.Page}) into the workbench selection, accepts the same
 * records in "Show In" ({@link IShowInTarget}, also while loading; a
 * {@link Refs.Page} focuses on that page), adapts
 * to the loaded {@link Trace}, and fires {@code PROP_INPUT} when the trace
 * has loaded (so that part listeners see it in {@code partInputChanged}).
 */
public class TraceEditor extends EditorPart {
    /** Editor id (plugin.xml). */
    public static final String ID = "org.pagelab.ui.trace.editor";

    private Path file;
    private Composite root;
    private StackLayout stack;
    private Composite loading;
    private ProgressBar bar;
    private Label loadingLabel;
    private Text error;
    private TraceViewer viewer;
    private Trace trace;
    private Job job;
    private JobProgress progress;
    private volatile boolean failed;
    private final SimpleSelectionProvider selection = new SimpleSelectionProvider();
    /** A "Show In" request that came while the trace was loading. */
    private Object pendingShow;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        site.setSelectionProvider(selection);
        file = OpenFiles.pathOf(input);
        if (file == null) {
            throw new PartInitException("The trace viewer opens local files only: " + input.getName());
        }
        setPartName(file.getFileName().toString());
        setTitleToolTip(file.toString());
    }

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        stack = new StackLayout();
        root.setLayout(stack);
        loading = new Composite(root, SWT.NONE);
        loading.setLayout(new GridLayout(2, false));
        loadingLabel = new Label(loading, SWT.NONE);
        loadingLabel.setText("Loading " + file + " ...");
        loadingLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        bar = new ProgressBar(loading, SWT.SMOOTH);
        bar.setMaximum(1000);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button cancel = new Button(loading, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.addListener(SWT.Selection, e -> {
            if (job != null) {
                job.cancel();
            }
        });
        error = new Text(root, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP);
        stack.topControl = loading;
        load();
        tick();
    }

    private void load() {
        job = Job.create("Loading trace " + file.getFileName(), (IProgressMonitor m) -> {
            progress = new JobProgress(m);
            Trace t = null;
            try {
                t = TraceFiles.open(file, progress);
                m.subTask("density histogram");
                Density d = new Density(t);
                Bookmarks b = Bookmarks.load(t, stateDir());
                Trace loaded = t;
                root.getDisplay().asyncExec(() -> show(loaded, d, b));
                return Status.OK_STATUS;
            } catch (CancellationException e) {
                if (t != null) {
                    t.close();
                }
                root.getDisplay().asyncExec(() -> {
                    if (!root.isDisposed()) {
                        getSite().getPage().closeEditor(this, false);
                    }
                });
                return Status.CANCEL_STATUS;
            } catch (IOException | RuntimeException e) {
                if (t != null) {
                    t.close();
                }
                failed = true;
                String msg = e instanceof IOException ? e.getMessage()
                        : file + ": cannot load the trace (" + e + "); please report it";
                root.getDisplay().asyncExec(() -> showError(msg));
                return Status.OK_STATUS; // shown in the editor, not as a crash dialog
            }
        });
        job.setPriority(Job.LONG);
        job.schedule();
    }

    /** Moves the in-editor progress bar while the job runs. */
    private void tick() {
        if (root.isDisposed() || stack.topControl != loading) {
            return;
        }
        if (progress != null) {
            bar.setSelection((int) (progress.fraction() * 1000));
        }
        root.getDisplay().timerExec(200, this::tick);
    }

    private static Path stateDir() {
        try {
            return Platform.getStateLocation(FrameworkUtil.getBundle(TraceEditor.class)).toFile().toPath();
        } catch (RuntimeException e) {
            return null; // no workspace: bookmarks are not kept
        }
    }

    private void show(Trace t, Density d, Bookmarks b) {
        if (root.isDisposed()) {
            t.close();
            return;
        }
        trace = t;
        viewer = new TraceViewer(root, t, d, b);
        viewer.onEventSelected(ev -> selection.select(new Refs.Event(file, t.event(ev))));
        viewer.onRangeSelected(r -> selection.select(new Refs.TimeRange(file, r.start(), r.end(), r.cpu())));
        viewer.onPageFocused(pfn -> selection.select(new Refs.Page(file, pfn)));
        stack.topControl = viewer;
        root.layout(true, true);
        setContentDescription("");
        firePropertyChange(IWorkbenchPartConstants.PROP_INPUT);
        if (pendingShow != null) {
            Object s = pendingShow;
            pendingShow = null;
            show(s);
        }
    }

    /**
     * Shows a {@link Refs.Event} (by its index), a {@link Refs.TimeRange} or
     * a {@link Refs.Page} (Focus on page) of this trace; a request made while
     * loading is kept until the trace is shown. Returns whether the element
     * is something this editor shows.
     */
    public boolean show(Object element) {
        Path f = element instanceof Refs.Event e ? e.file() : element instanceof Refs.TimeRange r ? r.file()
                : element instanceof Refs.Page p ? p.file() : null;
        if (f == null || !f.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
            return false;
        }
        if (viewer == null || viewer.isDisposed()) {
            pendingShow = failed ? null : element;
            return !failed;
        }
        if (element instanceof Refs.Event e) {
            if (e.event().index() < 0 || e.event().index() >= trace.size()) {
                return false;
            }
            viewer.select(e.event().index());
        } else if (element instanceof Refs.TimeRange r) {
            viewer.showRange(r.start(), r.end(), r.cpu());
        } else if (element instanceof Refs.Page p) {
            return viewer.focusPfn(p.pfn(), -1);
        }
        return true;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == Trace.class) {
            return adapter.cast(trace);
        }
        if (adapter == IShowInTarget.class) {
            return adapter.cast((IShowInTarget) (ShowInContext c) -> c.getSelection() instanceof IStructuredSelection ss
                    && !ss.isEmpty() && show(ss.getFirstElement()));
        }
        return super.getAdapter(adapter);
    }

    private void showError(String msg) {
        pendingShow = null;
        if (root.isDisposed()) {
            return;
        }
        error.setText(msg);
        stack.topControl = error;
        root.layout(true, true);
    }

    /** The loaded trace, or null while loading or after a failure. */
    public Trace trace() {
        return trace;
    }

    /** The viewer, once the trace is loaded. */
    public TraceViewer viewer() {
        return viewer;
    }

    /** The loading job. */
    public Job loadJob() {
        return job;
    }

    /** The error shown in place of the viewer ("" if none). */
    public String errorText() {
        return failed && !error.isDisposed() ? error.getText() : "";
    }

    @Override
    public void setFocus() {
        if (viewer != null && !viewer.isDisposed()) {
            viewer.table().table().setFocus();
        } else {
            root.setFocus();
        }
    }

    @Override
    public void dispose() {
        if (job != null) {
            job.cancel();
        }
        if (trace != null) {
            trace.close();
        }
        super.dispose();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // a trace is read only
    }

    @Override
    public void doSaveAs() {
        // a trace is read only
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
