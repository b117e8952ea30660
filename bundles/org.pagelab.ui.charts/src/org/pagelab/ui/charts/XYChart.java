package org.pagelab.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseAdapter;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.xy.AbstractXYDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The one chart component of Pagelab: an XY line (or step) chart on
 * JFreeChart, shown through jfreechart-swt's ChartComposite. Series of
 * millions of points stay fast: only the min/max per pixel column of the
 * visible range is drawn ({@link MinMaxReducer}), recomputed on zoom and
 * resize. Clicking near a point reports its series, index and reference;
 * the chart exports PNG, SVG (org.jfree.svg) and CSV (every point, not the
 * reduced ones). Zoom by dragging a rectangle, reset with {@link #resetZoom}.
 */
public final class XYChart extends Composite {
    private final JFreeChart chart;
    private final XYPlot plot;
    private final ChartComposite view;
    private final Reduced data = new Reduced();
    private final List<PointListener> listeners = new CopyOnWriteArrayList<>();
    private List<ChartSeries> series = List.of();
    private Range full = new Range(0, 1);
    private boolean updating;
    private ValueMarker marker;
    private int downX = -1;
    private int downY = -1;

    /**
     * @param title  chart title ("" for none)
     * @param xLabel domain axis label ("time (s)")
     * @param yLabel range axis label
     * @param step   draw series as steps (counters: refcount, rss) rather than lines
     * @param tools  show a small toolbar (reset zoom, export PNG/SVG/CSV)
     */
    public XYChart(Composite parent, int style, String title, String xLabel, String yLabel, boolean step,
            boolean tools) {
        super(parent, style);
        GridLayout gl = new GridLayout(1, false);
        gl.marginWidth = 0;
        gl.marginHeight = 0;
        gl.verticalSpacing = 0;
        setLayout(gl);
        if (tools) {
            toolbar();
        }
        NumberAxis xAxis = new NumberAxis(xLabel);
        xAxis.setAutoRangeIncludesZero(false);
        NumberAxis yAxis = new NumberAxis(yLabel);
        yAxis.setAutoRangeIncludesZero(false);
        XYItemRenderer r = step ? new XYStepRenderer() : new XYLineAndShapeRenderer(true, false);
        plot = new XYPlot(data, xAxis, yAxis, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        chart = new JFreeChart(title == null || title.isEmpty() ? null : title, JFreeChart.DEFAULT_TITLE_FONT, plot,
                true);
        chart.setBackgroundPaint(Color.WHITE);
        view = new ChartComposite(this, SWT.NONE, chart, 300, 200, 50, 50, 8000, 6000, true, false, false, false,
                true, true);
        view.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        view.setRangeZoomable(false);
        xAxis.addChangeListener(e -> reduce());
        view.addSWTListener(new MouseAdapter() {
            @Override
            public void mouseDown(MouseEvent e) {
                downX = e.x;
                downY = e.y;
            }

            @Override
            public void mouseUp(MouseEvent e) {
                if (e.button == 1 && Math.abs(e.x - downX) <= 3 && Math.abs(e.y - downY) <= 3) {
                    click(e.x, e.y);
                }
            }
        });
        addListener(SWT.Resize, e -> reduce());
    }

    private void toolbar() {
        ToolBar tb = new ToolBar(this, SWT.FLAT | SWT.RIGHT);
        tb.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        item(tb, "Reset zoom", "Show all points", this::resetZoom);
        item(tb, "PNG...", "Export the chart as a PNG image", () -> exportDialog("png"));
        item(tb, "SVG...", "Export the chart as an SVG drawing", () -> exportDialog("svg"));
        item(tb, "CSV...", "Export every point as CSV (series,x,y,ref)", () -> exportDialog("csv"));
    }

    private static void item(ToolBar tb, String text, String tip, Runnable r) {
        ToolItem i = new ToolItem(tb, SWT.PUSH);
        i.setText(text);
        i.setToolTipText(tip);
        i.addListener(SWT.Selection, e -> r.run());
    }

    /**
     * Asks for a file and exports the chart to it: ext is "png", "svg" or
     * "csv". Errors are shown in a message box naming the file.
     */
    public void exportDialog(String ext) {
        FileDialog d = new FileDialog(getShell(), SWT.SAVE);
        d.setOverwrite(true);
        d.setFilterExtensions(new String[] {"*." + ext});
        d.setFileName("chart." + ext);
        String f = d.open();
        if (f == null) {
            return;
        }
        Path p = Path.of(f);
        try {
            switch (ext) {
                case "png":
                    exportPng(p, Math.max(800, view.getSize().x), Math.max(500, view.getSize().y));
                    break;
                case "svg":
                    exportSvg(p, Math.max(800, view.getSize().x), Math.max(500, view.getSize().y));
                    break;
                default:
                    exportCsv(p);
            }
        } catch (IOException e) {
            org.eclipse.swt.widgets.MessageBox mb = new org.eclipse.swt.widgets.MessageBox(getShell(),
                    SWT.ICON_ERROR | SWT.OK);
            mb.setText("Export");
            mb.setMessage(p + ": " + e.getMessage());
            mb.open();
        }
    }

    /** Draws the series as steps (counters) or as lines (rates). */
    public void setStep(boolean step) {
        plot.setRenderer(step ? new XYStepRenderer() : new XYLineAndShapeRenderer(true, false));
    }

    /** Sets the axis labels. */
    public void setLabels(String xLabel, String yLabel) {
        plot.getDomainAxis().setLabel(xLabel);
        plot.getRangeAxis().setLabel(yLabel);
    }

    /** Replaces the plotted series (an empty list clears the chart) and shows all of them. */
    public void setSeries(List<ChartSeries> s) {
        checkWidget();
        series = List.copyOf(s);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (ChartSeries c : series) {
            if (c.size() > 0) {
                lo = Math.min(lo, c.x()[0]);
                hi = Math.max(hi, c.x()[c.size() - 1]);
            }
        }
        if (lo > hi) {
            lo = 0;
            hi = 1;
        } else if (lo == hi) {
            lo -= 0.5;
            hi += 0.5;
        } else {
            double pad = (hi - lo) * 0.02;
            lo -= pad;
            hi += pad;
        }
        full = new Range(lo, hi);
        resetZoom();
    }

    public List<ChartSeries> series() {
        return series;
    }

    /** Shows the whole x range. */
    public void resetZoom() {
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setAutoRange(false);
        x.setRange(full);
        reduce();
    }

    /** Shows x range [lo, hi]. */
    public void setXRange(double lo, double hi) {
        if (hi > lo) {
            plot.getDomainAxis().setRange(lo, hi);
        }
    }

    /** The visible x range. */
    public Range xRange() {
        return plot.getDomainAxis().getRange();
    }

    /** A vertical line at x (the selected event), or none for NaN. */
    public void setMarker(double x) {
        if (marker != null) {
            plot.removeDomainMarker(marker);
            marker = null;
        }
        if (!Double.isNaN(x)) {
            marker = new ValueMarker(x, new Color(0xcc3333), new BasicStroke(1f));
            plot.addDomainMarker(marker);
        }
    }

    public void addPointListener(PointListener l) {
        listeners.add(l);
    }

    public void removePointListener(PointListener l) {
        listeners.remove(l);
    }

    /** The JFreeChart behind the component (titles, colours). */
    public JFreeChart chart() {
        return chart;
    }

    /** Number of points currently drawn (after reduction), for tests and diagnostics. */
    public int drawnPoints() {
        int n = 0;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            n += data.getItemCount(s);
        }
        return n;
    }

    /** Recomputes the drawn points for the visible range and the plot width. */
    private void reduce() {
        if (updating || isDisposed()) {
            return;
        }
        updating = true;
        try {
            NumberAxis x = (NumberAxis) plot.getDomainAxis();
            if (x.isAutoRange()) { // e.g. the popup menu's auto range: back to all points
                x.setAutoRange(false);
                x.setRange(full);
            }
            Range r = x.getRange();
            int columns = Math.max(100, view.getSize().x);
            int[][] kept = new int[series.size()][];
            for (int s = 0; s < series.size(); s++) {
                ChartSeries c = series.get(s);
                kept[s] = MinMaxReducer.reduce(c.x(), c.y(), r.getLowerBound(), r.getUpperBound(), columns);
            }
            data.set(series, kept);
        } finally {
            updating = false;
        }
    }

    /** Finds the drawn point nearest to a click (canvas coordinates) and tells the listeners. */
    private void click(int sx, int sy) {
        ChartRenderingInfo info = view.getChartRenderingInfo();
        if (info == null || info.getPlotInfo() == null || series.isEmpty()) {
            return;
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        Point2D p = view.translateScreenToJava2D(new java.awt.Point(sx, sy));
        if (!area.contains(p)) {
            return;
        }
        int best = -1;
        int bestPoint = -1;
        double bestDist = Double.MAX_VALUE;
        RectangleEdge xe = plot.getDomainAxisEdge();
        RectangleEdge ye = plot.getRangeAxisEdge();
        double xv = plot.getDomainAxis().java2DToValue(p.getX(), area, xe);
        for (int s = 0; s < series.size(); s++) {
            ChartSeries c = series.get(s);
            int i = MinMaxReducer.nearest(c.x(), xv);
            if (i < 0) {
                continue;
            }
            double px = plot.getDomainAxis().valueToJava2D(c.x()[i], area, xe);
            double py = plot.getRangeAxis().valueToJava2D(c.y()[i], area, ye);
            double d = Math.hypot(px - p.getX(), py - p.getY());
            if (d < bestDist) {
                bestDist = d;
                best = s;
                bestPoint = i;
            }
        }
        if (best >= 0) {
            fire(best, bestPoint);
        }
    }

    /** Tells the listeners that point i of series s was chosen (also used by tests). */
    public void fire(int s, int i) {
        int ref = series.get(s).ref(i);
        for (PointListener l : listeners) {
            l.pointClicked(s, i, ref);
        }
    }

    /** Simulates a click at data coordinates (x, y): the nearest point is reported. For tests and keyboard use. */
    public void clickAt(double x, double y) {
        ChartRenderingInfo info = view.getChartRenderingInfo();
        if (info == null || info.getPlotInfo() == null) {
            return;
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        double jx = plot.getDomainAxis().valueToJava2D(x, area, plot.getDomainAxisEdge());
        double jy = plot.getRangeAxis().valueToJava2D(y, area, plot.getRangeAxisEdge());
        java.awt.Point s = view.translateJava2DToScreen(new Point2D.Double(jx, jy));
        click(s.x, s.y);
    }

    /** Redraws now (after setSeries outside a paint cycle). */
    public void redraw() {
        view.forceRedraw();
    }

    // ---- export ----

    /** PNG of the chart at w x h pixels (atomic write). */
    public void exportPng(Path file, int w, int h) throws IOException {
        atomically(file, out -> ChartUtils.writeChartAsPNG(out, chart, w, h));
    }

    /** SVG of the chart at w x h (atomic write). */
    public void exportSvg(Path file, int w, int h) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(w, h);
        chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
        String svg = g.getSVGDocument();
        atomically(file, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every point of every series as CSV "series,x,y,ref" (atomic write). */
    public void exportCsv(Path file) throws IOException {
        atomically(file, out -> {
            Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write("series,x,y,ref\n");
            for (ChartSeries c : series) {
                String name = '"' + c.name().replace("\"", "\"\"") + '"';
                for (int i = 0; i < c.size(); i++) {
                    w.write(name + "," + num(c.x()[i]) + "," + num(c.y()[i]) + "," + c.ref(i) + "\n");
                }
            }
            w.flush();
        });
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.9f", v);
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Writes to a temporary file beside file, then moves it into place. */
    private static void atomically(Path file, Body body) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                body.write(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The reduced points of each series, as a JFreeChart dataset. */
    private static final class Reduced extends AbstractXYDataset {
        private static final long serialVersionUID = 1L;
        private transient List<ChartSeries> s = new ArrayList<>();
        private transient int[][] kept = new int[0][];

        void set(List<ChartSeries> series, int[][] k) {
            s = series;
            kept = k;
            fireDatasetChanged();
        }

        @Override
        public int getSeriesCount() {
            return kept.length;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Comparable getSeriesKey(int series) {
            return s.get(series).name();
        }

        @Override
        public int getItemCount(int series) {
            return kept[series].length;
        }

        @Override
        public Number getX(int series, int item) {
            return s.get(series).x()[kept[series][item]];
        }

        @Override
        public Number getY(int series, int item) {
            return s.get(series).y()[kept[series][item]];
        }

        @Override
        public double getXValue(int series, int item) {
            return s.get(series).x()[kept[series][item]];
        }

        @Override
        public double getYValue(int series, int item) {
            return s.get(series).y()[kept[series][item]];
        }
    }
}
