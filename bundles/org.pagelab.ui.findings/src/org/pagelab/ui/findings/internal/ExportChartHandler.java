package org.pagelab.ui.findings.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.pagelab.ui.charts.XYChart;

/**
 * Export Chart: the data (CSV) or the picture (PNG, SVG) of a chart shown
 * in the workbench (refcount charts of a counterexample, a trace's charts),
 * through the chart component's own export.
 */
public class ExportChartHandler extends AbstractHandler {
    /** One chart and one format, as offered in the list. */
    record Choice(XYChart chart, String title, String ext) {
    }

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        List<Choice> choices = choices(shell);
        if (choices.isEmpty()) {
            MessageDialog.openInformation(shell, "Export Chart", "No chart is shown: open a trace's charts or a "
                    + "counterexample's refcount chart first.");
            return null;
        }
        ListDialog d = new ListDialog(shell);
        d.setTitle("Export Chart");
        d.setMessage("Which chart, in which form?");
        d.setContentProvider(ArrayContentProvider.getInstance());
        d.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                Choice c = (Choice) element;
                return c.title() + ": " + switch (c.ext()) {
                    case "csv" -> "data as CSV (series, x, y, ref)";
                    case "svg" -> "SVG drawing";
                    default -> "PNG image";
                };
            }
        });
        d.setInput(choices);
        d.setInitialSelections(choices.get(0));
        if (d.open() != Window.OK || d.getResult().length == 0) {
            return null;
        }
        Choice c = (Choice) d.getResult()[0];
        c.chart().exportDialog(c.ext());
        return null;
    }

    /** The visible charts of a window, each in the three forms. */
    static List<Choice> choices(Shell shell) {
        List<XYChart> charts = new ArrayList<>();
        collect(shell, charts);
        List<Choice> out = new ArrayList<>();
        int n = 1;
        for (XYChart c : charts) {
            List<String> names = new ArrayList<>();
            for (var s : c.series()) {
                names.add(s.name());
            }
            String title = "chart " + n + (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")");
            for (String ext : new String[] {"csv", "png", "svg"}) {
                out.add(new Choice(c, title, ext));
            }
            n++;
        }
        return out;
    }

    private static void collect(Control c, List<XYChart> out) {
        if (c.isDisposed() || !c.isVisible()) {
            return;
        }
        if (c instanceof XYChart x) {
            out.add(x);
            return;
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                collect(child, out);
            }
        }
    }
}
