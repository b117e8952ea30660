package org.pagelab.ui.scenario.internal.views;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.pagelab.engine.explore.Trace;
import org.pagelab.ui.scenario.internal.Catalog;
import org.pagelab.ui.scenario.internal.ScenarioDocument;
import org.pagelab.engine.check.CheckOptions;
import org.pagelab.engine.check.ScCheckModel;
import org.pagelab.engine.check.VariantCompare;
import org.pagelab.engine.explore.Followed;
import org.pagelab.engine.lang.ScenarioException;
import org.pagelab.ui.scenario.internal.ScenarioEditor;
import org.pagelab.ui.scenario.internal.explore.ExploreJob;
import org.pagelab.ui.scenario.internal.explore.ExploreRun;
import org.pagelab.ui.scenario.internal.explore.LaunchConfig;

/**
 * Variant comparison: one scenario explored with two variants of a library
 * function (e.g. try_to_unmap_one as in 5.16 and as in patch v2), side by
 * side: each variant's verdict and its counterexample in CPU columns; when
 * one variant has no counterexample, its panel shows what it runs instead
 * at the point where the other's counterexample enters the function (that
 * variant's definition).
 */
public class CompareView extends ViewPart {
    public static final String ID = "org.pagelab.ui.scenario.views.compare";

    private Label title;
    private final Panel[] panels = new Panel[2];
    private String function;
    private final String[] variants = new String[2];
    private final ExploreRun[] runs = new ExploreRun[2];
    private final Followed[] followed = new Followed[2];
    private String text;
    private Path file;
    private Catalog catalog = Catalog.library();

    /** One side. */
    private static final class Panel {
        Label head;
        ScrolledComposite scroll;
        StepCanvas canvas;
        StyledText note;
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        title = new Label(root, SWT.WRAP);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        title.setText("Compare two variants of a function: Analysis > Compare Variants.");
        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (int i = 0; i < 2; i++) {
            Panel p = new Panel();
            Composite c = new Composite(sash, SWT.BORDER);
            GridLayout gl = new GridLayout(1, false);
            gl.marginWidth = 2;
            c.setLayout(gl);
            p.head = new Label(c, SWT.WRAP);
            p.head.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
            p.head.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            SashForm inner = new SashForm(c, SWT.VERTICAL);
            inner.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            p.scroll = new ScrolledComposite(inner, SWT.H_SCROLL | SWT.V_SCROLL);
            p.canvas = new StepCanvas(p.scroll);
            p.scroll.setContent(p.canvas);
            p.scroll.setExpandHorizontal(true);
            p.scroll.setExpandVertical(true);
            p.note = new StyledText(inner, SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.WRAP);
            p.note.setFont(JFaceResources.getTextFont());
            inner.setWeights(70, 30);
            int side = i;
            p.scroll.addListener(SWT.Resize, e -> show(side));
            panels[i] = p;
        }
    }

    /**
     * Explores the editor's scenario with {@code function} as variant a and
     * as variant b (same model), and shows both when done; returns the jobs.
     */
    public ExploreJob[] compare(ScenarioEditor ed, String fn, String a, String b, String model) {
        ScenarioDocument doc = ed.document();
        catalog = Catalog.library().with(doc.fileName(), doc.document().get());
        function = fn;
        variants[0] = a;
        variants[1] = b;
        runs[0] = null;
        runs[1] = null;
        followed[0] = null;
        followed[1] = null;
        text = doc.document().get();
        file = ed.path() != null ? ed.path() : Path.of(doc.fileName());
        title.setText("Comparing " + fn + ": " + a + " against " + b + " in " + doc.fileName() + " (" + model + ") ...");
        ExploreJob[] jobs = new ExploreJob[2];
        for (int i = 0; i < 2; i++) {
            LaunchConfig cfg = new LaunchConfig(model, Map.of(fn, variants[i]), 120, 0);
            jobs[i] = new ExploreJob(doc.fileName(), ed.path(), doc.document().get(), cfg, ed.isDirty()).publish(false);
            int side = i;
            jobs[i].addJobChangeListener(new JobChangeAdapter() {
                @Override
                public void done(IJobChangeEvent event) {
                    ExploreRun r = ((ExploreJob) event.getJob()).result();
                    title.getDisplay().asyncExec(() -> {
                        if (!title.isDisposed() && fn.equals(function)) {
                            runs[side] = r;
                            show(0);
                            show(1);
                        }
                    });
                }
            });
            panels[i].head.setText(variants[i] + ": exploring ...");
            jobs[i].schedule();
        }
        return jobs;
    }

    private void show(int side) {
        Panel p = panels[side];
        ExploreRun r = runs[side];
        if (p.head.isDisposed()) {
            return;
        }
        if (r == null) {
            p.canvas.setDiagram(Diagram.EMPTY, 300);
            return;
        }
        p.head.setText(function + " = " + variants[side] + ":  " + r.verdict()
                + (r.match() == null ? "" : r.match() ? " (as expected)" : " (expected " + r.expected() + ")") + ", "
                + String.format("%,d", r.states()) + " states");
        ExploreRun other = runs[1 - side];
        Followed fol = r.steps() == 0 && other != null && other.trace() != null ? follow(side, r, other.trace()) : null;
        Diagram d = fol != null ? Diagram.of(fol.trace()) : Diagram.of(r);
        p.canvas.setDiagram(d, Math.max(300, p.scroll.getClientArea().width));
        p.scroll.setMinSize(p.canvas.preferredSize());
        StringBuilder note = new StringBuilder(r.summary() == null ? "" : r.summary());
        if (r.steps() == 0 && other != null && other.trace() != null) {
            int at = enters(other.trace());
            Catalog.Fn fn = catalog.function(function);
            if (fol != null) {
                Trace t = fol.trace();
                note.append("\n\nAbove: ").append(variants[side]).append(" on the ").append(variants[1 - side])
                        .append(" counterexample's schedule (the same CPU at each step), ").append(t.steps().size())
                        .append(" steps: ").append(t.violation() == null ? t.message() + ", no violation"
                                : t.violation() + ": " + t.message()).append('.');
                int div = fol.divergence(other.trace());
                if (div >= 0) {
                    Trace.Step s = other.trace().steps().get(div);
                    note.append("\nIt parts from the ").append(variants[1 - side]).append(" run at its step ")
                            .append(div + 1).append(" (").append(s.threadName()).append(": ").append(s.function())
                            .append(", ").append(s.event()).append(").");
                }
            }
            if (at >= 0) {
                Trace.Step s = other.trace().steps().get(at);
                note.append("\n\nWhere the ").append(variants[1 - side]).append(" counterexample enters ").append(function)
                        .append(" (step ").append(at + 1).append(", CPU").append(s.thread()).append(" / ").append(s.threadName())
                        .append("), ").append(variants[side]).append(" runs:\n\n");
            } else {
                note.append("\n\n").append(variants[side]).append(" of ").append(function).append(":\n\n");
            }
            if (fn != null) {
                note.append(fn.definitionOf(variants[side]));
            }
        }
        p.note.setText(note.toString());
        title.setText(function + ": " + variants[0] + " gives " + (runs[0] == null ? "..." : runs[0].verdict()) + ", "
                + variants[1] + " gives " + (runs[1] == null ? "..." : runs[1].verdict()));
        title.getParent().layout(true);
    }

    /** This side's variant run along the other side's counterexample (SC only), computed once; null if it cannot. */
    private Followed follow(int side, ExploreRun r, Trace reference) {
        if (followed[side] != null) {
            return followed[side];
        }
        if (!"sc".equals(r.config().model()) || text == null) {
            return null;
        }
        try {
            CheckOptions o = new CheckOptions();
            o.variants.putAll(r.variants());
            followed[side] = VariantCompare.follow(ScCheckModel.compile(file, text, o), reference);
        } catch (ScenarioException | RuntimeException e) {
            return null; // the run itself reported the problem
        }
        return followed[side];
    }

    /** The first step of a trace inside the compared function, or -1. */
    private int enters(Trace t) {
        for (Trace.Step s : t.steps()) {
            if (s.stack() != null && s.stack().contains(function)) {
                return s.index();
            }
        }
        return -1;
    }

    // ------------------------------------------------------------ for tests

    public ExploreRun run(int side) {
        return runs[side];
    }

    public String headText(int side) {
        return panels[side].head.getText();
    }

    /** The variant of this side run on the other's counterexample schedule, or null. */
    public Followed followed(int side) {
        return followed[side];
    }

    public String noteText(int side) {
        return panels[side].note.getText();
    }

    @Override
    public void setFocus() {
        title.getParent().setFocus();
    }
}
