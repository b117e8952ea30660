package org.pagelab.ui.scenario.internal.lanes;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.pagelab.model.scenario.AfterBlock;
import org.pagelab.model.scenario.Block;
import org.pagelab.model.scenario.Element;
import org.pagelab.model.scenario.FinalCondition;
import org.pagelab.model.scenario.Header;
import org.pagelab.model.scenario.InitState;
import org.pagelab.model.scenario.Scenario;
import org.pagelab.model.scenario.SetupBlock;
import org.pagelab.model.scenario.Statement;
import org.pagelab.model.scenario.StatementKind;
import org.pagelab.model.scenario.ThreadBlock;
import org.pagelab.model.scenario.VariantChoice;
import org.pagelab.ui.scenario.internal.Catalog;
import org.pagelab.ui.scenario.internal.ScenarioLabels;

/**
 * Draws a scenario as kernel developers draw races in mail: one column per
 * thread (CPU or role), statements as boxes in program order, the initial
 * state and setup above, the after block and the final condition below.
 * Layout and hit testing live here; editing lives in {@link LanesPage}.
 */
public final class LaneCanvas extends Canvas {
    /** A drawn box and what it stands for. */
    public record Box(EObject object, Rectangle bounds, String kind) {
    }

    /** Where a dropped statement would go: index in a block, and the y of the insertion line. */
    public record Slot(Block block, int index, int x, int y, int width) {
    }

    static final int MARGIN = 12;
    static final int GAP = 14;
    static final int PAD = 6;
    static final int MAX_LINES = 6;
    static final RGB[] LANE_COLOURS = { new RGB(222, 235, 247), new RGB(254, 230, 206), new RGB(229, 245, 224),
        new RGB(239, 237, 245), new RGB(253, 224, 221), new RGB(255, 247, 188) };

    private Scenario model;
    private Catalog catalog = Catalog.library();
    private boolean stale;
    private final List<Box> boxes = new ArrayList<>();
    private final List<Slot> slots = new ArrayList<>();
    private EObject selection;
    private Slot dropSlot;
    private Point size = new Point(400, 300);
    private final Font code = JFaceResources.getTextFont();
    private final Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT);
    private final Font normal = JFaceResources.getDialogFont();

    public LaneCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        addPaintListener(e -> paint(e.gc));
    }

    void setModel(Scenario model, Catalog catalog, boolean stale) {
        this.model = model;
        this.catalog = catalog;
        this.stale = stale;
    }

    void setSelection(EObject o) {
        selection = o;
        redraw();
    }

    void setDropSlot(Slot s) {
        if (s == null ? dropSlot != null : !s.equals(dropSlot)) {
            dropSlot = s;
            redraw();
        }
    }

    public List<Box> boxes() {
        return List.copyOf(boxes);
    }

    /** The box of an object, or null. */
    public Box boxOf(EObject o) {
        for (Box b : boxes) {
            if (b.object() == o) {
                return b;
            }
        }
        return null;
    }

    /** The innermost box at a point, or null. */
    public Box hit(int x, int y) {
        Box best = null;
        for (Box b : boxes) {
            if (b.bounds().contains(x, y) && (best == null || area(b.bounds()) < area(best.bounds()))) {
                best = b;
            }
        }
        return best;
    }

    private static int area(Rectangle r) {
        return r.width * r.height;
    }

    /** The insertion slot nearest to a point (in a lane or the setup/after block), or null. */
    public Slot slotAt(int x, int y) {
        Slot best = null;
        int bestD = Integer.MAX_VALUE;
        for (Slot s : slots) {
            if (x < s.x() - GAP / 2 || x > s.x() + s.width() + GAP / 2) {
                continue;
            }
            int d = Math.abs(s.y() - y);
            if (d < bestD) {
                bestD = d;
                best = s;
            }
        }
        return best;
    }

    /** Computes boxes and slots for a viewport width; returns the preferred size. */
    Point layout(int viewportWidth) {
        boxes.clear();
        slots.clear();
        if (model == null) {
            return size = new Point(viewportWidth, 100);
        }
        GC gc = new GC(this);
        try {
            return size = doLayout(gc, viewportWidth);
        } finally {
            gc.dispose();
        }
    }

    private Point doLayout(GC gc, int viewportWidth) {
        List<ThreadBlock> threads = model.threads();
        int n = Math.max(1, threads.size());
        gc.setFont(code);
        int lineH = gc.getFontMetrics().getHeight();
        int minLane = gc.textExtent("r0 = atomic_add_return(1, refcount);").x + 2 * PAD;
        int laneW = Math.max(minLane, (viewportWidth - 2 * MARGIN - (n - 1) * GAP) / n);
        int totalW = 2 * MARGIN + n * laneW + (n - 1) * GAP;
        int y = MARGIN;

        // header line: name, result
        Header h = model.header();
        if (h != null) {
            boxes.add(new Box(h, new Rectangle(MARGIN, y, totalW - 2 * MARGIN, lineH + 2 * PAD), "header"));
            y += lineH + 2 * PAD + GAP / 2;
        }
        List<VariantChoice> variants = model.variantChoices();
        for (VariantChoice v : variants) {
            boxes.add(new Box(v, new Rectangle(MARGIN, y, totalW - 2 * MARGIN, lineH + PAD), "variant"));
            y += lineH + PAD + 2;
        }
        if (!variants.isEmpty()) {
            y += GAP / 2;
        }
        InitState init = model.initState();
        SetupBlock setup = model.setup();
        if (init != null) {
            int lines = Math.min(MAX_LINES, lineCount(init.getText()));
            boxes.add(new Box(init, new Rectangle(MARGIN, y, totalW - 2 * MARGIN, lines * lineH + 2 * PAD), "init"));
            y += lines * lineH + 2 * PAD + GAP / 2;
        }
        if (setup != null) {
            y = blockBox(gc, setup, MARGIN, y, totalW - 2 * MARGIN, lineH, "setup") + GAP;
        }
        // lanes
        int lanesTop = y;
        int lanesBottom = y;
        for (int i = 0; i < threads.size(); i++) {
            ThreadBlock t = threads.get(i);
            int x = MARGIN + i * (laneW + GAP);
            int yy = lanesTop;
            boxes.add(new Box(t, new Rectangle(x, yy, laneW, 2 * lineH + 2 * PAD), "thread"));
            yy += 2 * lineH + 2 * PAD + PAD;
            yy = statements(gc, t, x, yy, laneW, lineH);
            lanesBottom = Math.max(lanesBottom, yy);
        }
        lanesBottom += lineH; // room to drop at the end of a lane
        for (int i = 0; i < threads.size(); i++) {
            // the lane column (behind its statements) for drops and selection
            ThreadBlock t = threads.get(i);
            int x = MARGIN + i * (laneW + GAP);
            boxes.add(new Box(t, new Rectangle(x, lanesTop, laneW, lanesBottom - lanesTop), "lane"));
        }
        y = lanesBottom + GAP;
        AfterBlock after = model.after();
        if (after != null) {
            y = blockBox(gc, after, MARGIN, y, totalW - 2 * MARGIN, lineH, "after") + GAP;
        }
        FinalCondition c = model.condition();
        if (c != null) {
            int lines = Math.min(MAX_LINES, lineCount(c.getText()));
            boxes.add(new Box(c, new Rectangle(MARGIN, y, totalW - 2 * MARGIN, lines * lineH + 2 * PAD), "condition"));
            y += lines * lineH + 2 * PAD;
        }
        return new Point(totalW, y + MARGIN);
    }

    private int blockBox(GC gc, Block b, int x, int y, int w, int lineH, String kind) {
        int top = y;
        int at = boxes.size(); // the block's box goes before its statements' (they are painted on top of it)
        y += lineH + PAD;
        y = statements(gc, b, x + PAD, y, w - 2 * PAD, lineH);
        y += PAD;
        boxes.add(at, new Box(b, new Rectangle(x, top, w, y - top), kind));
        return y;
    }

    /** Lays out a block's statements from y; returns the y below them. */
    private int statements(GC gc, Block b, int x, int y, int w, int lineH) {
        int i = 0;
        for (Statement st : b.getStatements()) {
            slots.add(new Slot(b, i, x, y - PAD / 2 - 1, w));
            int lines = Math.min(MAX_LINES, lineCount(st.getText())) + (ScenarioLabels.comment(st).isEmpty() ? 0 : 1);
            int hgt = lines * lineH + PAD;
            boxes.add(new Box(st, new Rectangle(x, y, w, hgt), "statement"));
            y += hgt + PAD;
            i++;
        }
        slots.add(new Slot(b, i, x, y - PAD / 2 - 1, w));
        return y;
    }

    private static int lineCount(String s) {
        return s == null || s.isEmpty() ? 1 : (int) s.strip().lines().count();
    }

    public Point preferredSize() {
        return size;
    }

    // ------------------------------------------------------------------ paint

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        if (model == null) {
            return;
        }
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        List<ThreadBlock> threads = model.threads();
        // lane columns first, then everything on top
        for (Box b : boxes) {
            if (b.kind().equals("lane")) {
                int i = threads.indexOf((ThreadBlock) b.object());
                gc.setBackground(colour(LANE_COLOURS[Math.max(0, i) % LANE_COLOURS.length], 0.45));
                gc.fillRoundRectangle(b.bounds().x, b.bounds().y, b.bounds().width, b.bounds().height, 10, 10);
            }
        }
        for (Box b : boxes) {
            Rectangle r = b.bounds();
            switch (b.kind()) {
                case "lane" -> {
                }
                case "header" -> {
                    gc.setFont(bold);
                    gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
                    gc.drawText(ScenarioLabels.label(b.object()), r.x, r.y + PAD, true);
                }
                case "variant" -> {
                    VariantChoice v = (VariantChoice) b.object();
                    gc.setFont(normal);
                    gc.setForeground(colour(new RGB(90, 60, 0), 1));
                    gc.drawText("variant  " + v.getFunction() + " = \"" + v.getVariant() + "\"", r.x + PAD, r.y + 2, true);
                }
                case "thread" -> {
                    ThreadBlock t = (ThreadBlock) b.object();
                    int i = threads.indexOf(t);
                    gc.setBackground(colour(LANE_COLOURS[i % LANE_COLOURS.length], 1));
                    gc.fillRoundRectangle(r.x, r.y, r.width, r.height, 10, 10);
                    gc.setFont(bold);
                    gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
                    String cpu = "CPU" + t.getIndex() + (t.getRole().isEmpty() ? "" : " / " + t.getRole())
                            + (t.isDaemon() ? "  (daemon)" : "");
                    gc.drawText(cpu, r.x + PAD, r.y + PAD, true);
                    gc.setFont(code);
                    gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                    gc.drawText(org.pagelab.ui.scenario.internal.Draw.clip(gc, "P" + t.getIndex() + "(" + t.getParams().replaceAll("\\s+", " ") + ")", r.width - 2 * PAD),
                            r.x + PAD, r.y + PAD + gc.getFontMetrics().getHeight(), true);
                    if (selection == t) {
                        outline(gc, r);
                    }
                }
                case "setup", "after", "init", "condition" -> {
                    gc.setBackground(colour(new RGB(245, 245, 245), 1));
                    gc.fillRoundRectangle(r.x, r.y, r.width, r.height, 8, 8);
                    gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_GRAY));
                    gc.drawRoundRectangle(r.x, r.y, r.width - 1, r.height - 1, 8, 8);
                    gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
                    if (b.kind().equals("setup") || b.kind().equals("after")) {
                        gc.setFont(bold);
                        gc.drawText(b.kind(), r.x + PAD, r.y + PAD / 2, true);
                    } else {
                        gc.setFont(code);
                        drawLines(gc, ((Element) b.object()).getText(), r.x + PAD, r.y + PAD, r.width - 2 * PAD);
                    }
                    if (selection == b.object()) {
                        outline(gc, r);
                    }
                }
                case "statement" -> paintStatement(gc, (Statement) b.object(), r);
                default -> {
                }
            }
        }
        if (dropSlot != null) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.setLineWidth(3);
            gc.drawLine(dropSlot.x(), dropSlot.y(), dropSlot.x() + dropSlot.width(), dropSlot.y());
            gc.setLineWidth(1);
        }
        if (stale) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
            gc.setFont(bold);
            gc.drawText("(last text that parsed; fix the errors in the Source page to edit here)", MARGIN,
                    Math.max(MARGIN, size.y - MARGIN - 16), true);
        }
    }

    private void paintStatement(GC gc, Statement st, Rectangle r) {
        RGB fill;
        Catalog.Fn fn = st.getFunction() == null ? null : catalog.function(st.getFunction());
        if (st.getKind() == StatementKind.CONTROL) {
            fill = new RGB(255, 250, 225);
        } else if (st.getKind() == StatementKind.DECLARATION) {
            fill = new RGB(248, 248, 248);
        } else if (fn != null && !fn.builtin()) {
            fill = new RGB(225, 238, 255);
        } else {
            fill = new RGB(255, 255, 255);
        }
        gc.setBackground(colour(fill, 1));
        gc.fillRoundRectangle(r.x, r.y, r.width, r.height, 6, 6);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_GRAY));
        gc.drawRoundRectangle(r.x, r.y, r.width - 1, r.height - 1, 6, 6);
        gc.setFont(code);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        int y = drawLines(gc, st.getText(), r.x + PAD, r.y + PAD / 2, r.width - 2 * PAD);
        String comment = ScenarioLabels.comment(st);
        if (!comment.isEmpty()) {
            gc.setForeground(colour(new RGB(63, 127, 95), 1));
            gc.drawText(org.pagelab.ui.scenario.internal.Draw.clip(gc, "/* " + comment + " */", r.width - 2 * PAD), r.x + PAD, y, true);
        }
        if (fn != null && fn.hasVariants()) {
            String chosen = chosenVariant(fn.name());
            String badge = chosen == null ? "default" : chosen;
            gc.setFont(normal);
            Point e = gc.textExtent(badge);
            int bx = r.x + r.width - e.x - PAD - 4;
            gc.setBackground(colour(new RGB(90, 60, 0), 1));
            gc.fillRoundRectangle(bx - 3, r.y + 2, e.x + 6, e.y, 6, 6);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.drawText(badge, bx, r.y + 2, true);
        }
        if (selection == st) {
            outline(gc, r);
        }
    }

    private String chosenVariant(String function) {
        for (VariantChoice v : model.variantChoices()) {
            if (v.getFunction().equals(function)) {
                return v.getVariant();
            }
        }
        return null;
    }

    private int drawLines(GC gc, String text, int x, int y, int w) {
        int lineH = gc.getFontMetrics().getHeight();
        List<String> lines = text == null ? List.of() : text.strip().lines().toList();
        for (int i = 0; i < lines.size() && i < MAX_LINES; i++) {
            String l = lines.get(i).replace("\t", "    ");
            if (i == MAX_LINES - 1 && lines.size() > MAX_LINES) {
                l = l + " ...";
            }
            gc.drawText(org.pagelab.ui.scenario.internal.Draw.clip(gc, l, w), x, y, true);
            y += lineH;
        }
        return y;
    }

    private void outline(GC gc, Rectangle r) {
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
        gc.setLineWidth(2);
        gc.drawRoundRectangle(r.x + 1, r.y + 1, r.width - 2, r.height - 2, 6, 6);
        gc.setLineWidth(1);
    }

    private static Color colour(RGB rgb, double alpha) {
        if (alpha >= 1) {
            return new Color(rgb);
        }
        int r = (int) (255 - (255 - rgb.red) * alpha);
        int g = (int) (255 - (255 - rgb.green) * alpha);
        int b = (int) (255 - (255 - rgb.blue) * alpha);
        return new Color(r, g, b);
    }
}
