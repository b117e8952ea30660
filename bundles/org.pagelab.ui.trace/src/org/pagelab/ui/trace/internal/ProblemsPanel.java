package org.pagelab.ui.trace.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.pagelab.engine.trace.Problem;

/** What could not be loaded: unparsed lines, cut or damaged data, lost events, with where they are. */
public final class ProblemsPanel extends Composite {
    private final Table table;
    private List<Problem> problems = List.of();

    public ProblemsPanel(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new org.eclipse.swt.layout.FillLayout());
        table = new Table(this, SWT.FULL_SELECTION | SWT.VIRTUAL | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] cols = {"Kind", "Line", "Byte offset", "Problem", "Text"};
        int[] widths = {90, 70, 100, 420, 500};
        for (int c = 0; c < cols.length; c++) {
            TableColumn tc = new TableColumn(table, c == 1 || c == 2 ? SWT.RIGHT : SWT.LEFT);
            tc.setText(cols[c]);
            tc.setWidth(widths[c]);
        }
        table.addListener(SWT.SetData, e -> {
            TableItem it = (TableItem) e.item;
            Problem p = problems.get(table.indexOf(it));
            it.setText(new String[] {p.kind().name().toLowerCase(java.util.Locale.ROOT),
                p.line() > 0 ? Long.toString(p.line()) : "", p.offset() >= 0 ? Long.toString(p.offset()) : "",
                p.message(), p.excerpt()});
        });
    }

    public void show(List<Problem> p) {
        problems = p;
        table.clearAll();
        table.setItemCount(p.size());
    }

    public Table table() {
        return table;
    }
}
