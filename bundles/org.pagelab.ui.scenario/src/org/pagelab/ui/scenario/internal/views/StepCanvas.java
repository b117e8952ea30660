package org.pagelab.ui.scenario.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** Draws a {@link Diagram}: CPU columns, step boxes in rows, the selected step and the violation marked. */
final class StepCanvas extends Canvas {
    private static final int MARGIN = 8;
    private static final int GAP = 12;
    private static final int PAD = 4;
    private static final RGB[] CPU = { new RGB(222, 235, 247), new RGB(254, 230, 206), new RGB(229, 245, 224),
        new RGB(239, 237, 245), new RGB(253, 224, 221), new RGB(255, 247, 188) };

    private Diagram diagram = Diagram.EMPTY;
    private final List<Rectangle> boxes = new ArrayList<>();
    private int selected = -1;
    private Point size = new Point(100, 100);
    private int colWidth = 200;
    private IntConsumer onSelect = i -> { };
    private IntConsumer onOpen = i -> { };

    StepCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        addPaintListener(e -> paint(e.gc));
        addListener(SWT.MouseDown, e -> {
            int i = hit(e.x, e.y);
            if (i >= 0) {
                setFocus();
                onSelect.accept(diagram.cells().get(i).step());
            }
        });
        addListener(SWT.MouseDoubleClick, e -> {
            int i = hit(e.x, e.y);
            if (i >= 0) {
                onOpen.accept(diagram.cells().get(i).step());
            }
        });
    }

    void setHandlers(IntConsumer select, IntConsumer open) {
        this.onSelect = select;
        this.onOpen = open;
    }

    void setDiagram(Diagram d, int viewportWidth) {
        diagram = d;
        layout(viewportWidth);
        redraw();
    }

    void select(int step) {
        selected = step;
        redraw();
    }

    /** The box of a step (for scrolling it into view), or null. */
    Rectangle boxOf(int step) {
        for (int i = 0; i < diagram.cells().size(); i++) {
            if (diagram.cells().get(i).step() == step) {
                return boxes.get(i);
            }
        }
        return null;
    }

    private int hit(int x, int y) {
        for (int i = 0; i < boxes.size(); i++) {
            if (boxes.get(i).contains(x, y)) {
                return i;
            }
        }
        return -1;
    }

    Point layout(int viewportWidth) {
        boxes.clear();
        int n = Math.max(1, diagram.columns().size());
        GC gc = new GC(this);
        try {
            gc.setFont(JFaceResources.getTextFont());
            int lineH = gc.getFontMetrics().getHeight();
            int minCol = gc.textExtent("P->_refcount 2 -> 3 (in try_to_unmap_one)").x + 2 * PAD;
            colWidth = Math.max(minCol, (viewportWidth - 2 * MARGIN - (n - 1) * GAP) / n);
            int rows = diagram.cells().stream().mapToInt(Diagram.Cell::row).max().orElse(-1) + 1;
            int[] rowH = new int[rows];
            for (Diagram.Cell c : diagram.cells()) {
                rowH[c.row()] = Math.max(rowH[c.row()], (1 + c.lines().size()) * lineH + 2 * PAD);
            }
            int[] rowY = new int[rows + 1];
            rowY[0] = MARGIN + lineH + 2 * PAD + PAD;
            for (int r = 0; r < rows; r++) {
                rowY[r + 1] = rowY[r] + rowH[r] + PAD;
            }
            for (Diagram.Cell c : diagram.cells()) {
                int x = MARGIN + c.column() * (colWidth + GAP);
                boxes.add(new Rectangle(x, rowY[c.row()], colWidth, rowH[c.row()]));
            }
            size = new Point(2 * MARGIN + n * colWidth + (n - 1) * GAP, rowY[rows] + MARGIN);
            return size;
        } finally {
            gc.dispose();
        }
    }

    Point preferredSize() {
        return size;
    }

    private void paint(GC gc) {
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(getClientArea());
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setFont(JFaceResources.getTextFont());
        int lineH = gc.getFontMetrics().getHeight();
        for (int c = 0; c < diagram.columns().size(); c++) {
            int x = MARGIN + c * (colWidth + GAP);
            gc.setBackground(new Color(CPU[c % CPU.length]));
            gc.fillRoundRectangle(x, MARGIN, colWidth, size.y - 2 * MARGIN, 10, 10);
            gc.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawText(diagram.columns().get(c), x + PAD, MARGIN + PAD, true);
        }
        gc.setFont(JFaceResources.getTextFont());
        for (int i = 0; i < diagram.cells().size(); i++) {
            Diagram.Cell cell = diagram.cells().get(i);
            Rectangle r = boxes.get(i);
            gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.fillRoundRectangle(r.x, r.y, r.width, r.height, 6, 6);
            gc.setForeground(cell.bad() ? getDisplay().getSystemColor(SWT.COLOR_RED) : getDisplay().getSystemColor(SWT.COLOR_GRAY));
            gc.setLineWidth(cell.bad() ? 2 : 1);
            gc.drawRoundRectangle(r.x, r.y, r.width - 1, r.height - 1, 6, 6);
            gc.setLineWidth(1);
            int y = r.y + PAD;
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawText(org.pagelab.ui.scenario.internal.Draw.clip(gc, cell.title(), r.width - 2 * PAD), r.x + PAD, y, true);
            y += lineH;
            for (String l : cell.lines()) {
                gc.setForeground(l.startsWith("VIOLATION") ? getDisplay().getSystemColor(SWT.COLOR_RED)
                        : l.contains(" -> ") ? new Color(0, 90, 160) : getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                gc.drawText(org.pagelab.ui.scenario.internal.Draw.clip(gc, l, r.width - 2 * PAD), r.x + PAD, y, true);
                y += lineH;
            }
            if (cell.step() == selected) {
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
                gc.setLineWidth(3);
                gc.drawRoundRectangle(r.x + 1, r.y + 1, r.width - 3, r.height - 3, 6, 6);
                gc.setLineWidth(1);
            }
        }
    }

}
