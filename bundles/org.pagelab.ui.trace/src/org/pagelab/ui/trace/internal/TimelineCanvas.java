package org.pagelab.ui.trace.internal;

import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.pagelab.engine.trace.Trace;
import org.pagelab.engine.trace.TraceEvent;
import org.pagelab.engine.trace.analysis.Density;

/**
 * Per-CPU timeline: one lane per CPU (and one for all) showing the event
 * density of the visible time window per pixel column (log scale), the
 * selected event as a red line. Wheel zooms around the pointer, dragging
 * pans, double-click shows everything, a click selects the nearest event of
 * that lane's CPU; Shift+drag selects a time range on that lane (shaded).
 */
public final class TimelineCanvas extends Canvas {
    static final int LABEL = 64;
    static final int LANE = 16;
    /** Lanes beyond this many share its height (machines with many CPUs). */
    static final int MAX_LANES = 17;
    static final int AXIS = 16;

    private Trace trace;
    private Density density;
    private int[] cpus = new int[0];
    private long v0;
    private long v1 = 1;
    private long selectedTs = Long.MIN_VALUE;
    private int dragX = -1;
    private long dragV0;
    private boolean dragged;
    private IntConsumer onSelect = e -> { };
    private Runnable onWindow = () -> { };
    private Consumer<Range> onRange = r -> { };
    /** The selected time range, or null. */
    private Range range;
    private long rangeFrom = Long.MIN_VALUE;
    private int rangeCpu = -1;

    /** A time range (ns, both ends included) on one CPU, or on all (-1). */
    public record Range(long start, long end, int cpu) {
    }

    public TimelineCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        addListener(SWT.Paint, this::paint);
        addListener(SWT.MouseVerticalWheel, this::wheel);
        setToolTipText("Wheel: zoom; drag: pan; click: nearest event; Shift+drag: select a time range; "
                + "double-click: everything");
        addListener(SWT.MouseDown, e -> {
            if (e.button == 1 && (e.stateMask & SWT.SHIFT) != 0 && trace != null && e.x >= LABEL) {
                rangeFrom = tsAt(e.x);
                rangeCpu = cpuAt(e.y);
                range = null;
                redraw();
            } else if (e.button == 1) {
                dragX = e.x;
                dragV0 = v0;
                dragged = false;
            }
        });
        addListener(SWT.MouseMove, e -> {
            if (rangeFrom != Long.MIN_VALUE) {
                long t = tsAt(e.x);
                range = new Range(Math.min(rangeFrom, t), Math.max(rangeFrom, t), rangeCpu);
                redraw();
            } else if (dragX >= 0 && Math.abs(e.x - dragX) > 2) {
                dragged = true;
                long w = v1 - v0;
                long shift = (long) ((double) (dragX - e.x) / plotWidth() * w);
                setWindow(dragV0 + shift, dragV0 + shift + w);
            }
        });
        addListener(SWT.MouseUp, e -> {
            if (rangeFrom != Long.MIN_VALUE) {
                rangeFrom = Long.MIN_VALUE;
                if (range != null && range.end() > range.start()) {
                    onRange.accept(range);
                } else {
                    range = null;
                }
                return;
            }
            if (dragX >= 0 && !dragged && e.button == 1) {
                clickAt(e.x, e.y);
            }
            dragX = -1;
        });
        addListener(SWT.MouseDoubleClick, e -> showAll());
    }

    public void onSelect(IntConsumer c) {
        onSelect = c;
    }

    /** Called when a time range was selected (Shift+drag). */
    public void onRange(Consumer<Range> c) {
        onRange = c;
    }

    /** The selected time range, or null. */
    public Range range() {
        return range;
    }

    /** Shows a time range as selected (null: none); does not call the range listener. */
    public void setRange(Range r) {
        range = r;
        redraw();
    }

    /** Called after every window change (zoom, pan). */
    public void onWindow(Runnable r) {
        onWindow = r;
    }

    public void setTrace(Trace t, Density d) {
        trace = t;
        density = d;
        cpus = t.cpus();
        lane = cpus.length + 1 <= MAX_LANES ? LANE : Math.max(2, LANE * MAX_LANES / (cpus.length + 1));
        showAll();
    }

    private int lane = LANE;

    /** Height the timeline needs: its lanes (compressed for many CPUs) and the time axis. */
    public static int heightFor(int cpus) {
        int lanes = cpus + 1;
        return (lanes <= MAX_LANES ? lanes * LANE : MAX_LANES * LANE) + AXIS + 6;
    }

    /** Preferred height: one lane per CPU plus the all-CPU lane and the axis. */
    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        return new Point(wHint == SWT.DEFAULT ? 400 : wHint, heightFor(cpus.length));
    }

    public void showAll() {
        if (trace == null || trace.size() == 0) {
            return;
        }
        long pad = Math.max(1000, (trace.lastTs() - trace.firstTs()) / 50);
        setWindow(trace.firstTs() - pad, trace.lastTs() + pad);
    }

    public long windowStart() {
        return v0;
    }

    public long windowEnd() {
        return v1;
    }

    public void setWindow(long a, long b) {
        if (trace == null) {
            return;
        }
        long pad = Math.max(1000, (trace.lastTs() - trace.firstTs()) / 50);
        long min = trace.firstTs() - pad;
        long max = trace.lastTs() + pad;
        long w = Math.max(1000, Math.min(b - a, max - min));
        if (a < min) {
            a = min;
        }
        if (a + w > max) {
            a = Math.max(min, max - w);
        }
        v0 = a;
        v1 = a + w;
        redraw();
        onWindow.run();
    }

    /** Marks the selected event; brings it into the window if outside. */
    public void setSelected(long ts) {
        selectedTs = ts;
        if (ts != Long.MIN_VALUE && (ts < v0 || ts >= v1)) {
            long w = v1 - v0;
            setWindow(ts - w / 2, ts - w / 2 + w);
        } else {
            redraw();
        }
    }

    private int plotWidth() {
        return Math.max(1, getClientArea().width - LABEL);
    }

    private void wheel(Event e) {
        if (trace == null) {
            return;
        }
        double f = e.count > 0 ? 0.8 : 1.25;
        double at = Math.max(0, Math.min(1, (double) (e.x - LABEL) / plotWidth()));
        long w = v1 - v0;
        long nw = Math.max(1000, (long) (w * f));
        long pivot = v0 + (long) (at * w);
        setWindow(pivot - (long) (at * nw), pivot - (long) (at * nw) + nw);
        e.doit = false;
    }

    private long tsAt(int x) {
        double at = Math.max(0, Math.min(1, (double) (x - LABEL) / plotWidth()));
        return v0 + (long) (at * (v1 - v0));
    }

    /** The CPU of the lane at y, or -1 for the all-CPU lane (and the axis). */
    private int cpuAt(int y) {
        int l = (y - 2) / lane;
        return l <= 0 || l > cpus.length ? -1 : cpus[l - 1];
    }

    private void clickAt(int x, int y) {
        if (trace == null || x < LABEL) {
            return;
        }
        if (range != null) {
            range = null;
            redraw();
        }
        long ts = tsAt(x);
        int cpu = cpuAt(y);
        int ev = density.nearest(cpu, ts);
        if (ev >= 0) {
            onSelect.accept(ev);
        }
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Rectangle r = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(r);
        if (trace == null || trace.size() == 0) {
            return;
        }
        int w = plotWidth();
        Color fg = getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
        Color bar = new Color(getDisplay(), 0x33, 0x66, 0xaa);
        Color allBar = new Color(getDisplay(), 0x55, 0x88, 0x55);
        try {
            gc.setForeground(fg);
            for (int k = 0; k <= cpus.length; k++) {
                int y = 2 + k * lane;
                int cpu = k == 0 ? -1 : cpus[k - 1];
                gc.setForeground(fg);
                if (lane >= 12 || k == 0 || cpu % 8 == 0) {
                    gc.drawText(k == 0 ? "all" : "CPU " + cpu, 4, y + 1 - (lane >= 12 ? 0 : 4), true);
                }
                int[] c = density.counts(cpu, v0, v1, w);
                int max = 1;
                for (int v : c) {
                    max = Math.max(max, v);
                }
                double lmax = Math.log1p(max);
                gc.setForeground(k == 0 ? allBar : bar);
                for (int x = 0; x < c.length; x++) {
                    if (c[x] > 0) {
                        int h = Math.max(1, (int) Math.round(Math.max(1, lane - 3) * Math.log1p(c[x]) / lmax));
                        gc.drawLine(LABEL + x, y + lane - 2, LABEL + x, y + lane - 2 - h);
                    }
                }
                if (lane >= 6) {
                    gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
                    gc.drawLine(LABEL, y + lane - 1, LABEL + w, y + lane - 1);
                }
            }
            int ay = 2 + (cpus.length + 1) * lane;
            gc.setForeground(fg);
            String left = TraceEvent.formatTs(v0);
            String right = TraceEvent.formatTs(v1) + "  (" + span(v1 - v0) + ")";
            gc.drawText(left, LABEL, ay, true);
            Point rs = gc.textExtent(right);
            gc.drawText(right, Math.max(LABEL + gc.textExtent(left).x + 10, LABEL + w - rs.x), ay, true);
            if (range != null && range.end() >= v0 && range.start() < v1) {
                int xa = LABEL + (int) Math.max(0, (double) (range.start() - v0) / (v1 - v0) * w);
                int xb = LABEL + (int) Math.min(w, (double) (range.end() - v0) / (v1 - v0) * w);
                int k = 0;
                for (int i = 0; range.cpu() >= 0 && i < cpus.length; i++) {
                    k = cpus[i] == range.cpu() ? i + 1 : k;
                }
                int ya = range.cpu() < 0 ? 2 : 2 + k * lane;
                int h = range.cpu() < 0 ? (cpus.length + 1) * lane : lane;
                gc.setAlpha(60);
                gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW));
                gc.fillRectangle(xa, ya, Math.max(1, xb - xa), h);
                gc.setAlpha(255);
            }
            if (selectedTs != Long.MIN_VALUE && selectedTs >= v0 && selectedTs < v1) {
                int x = LABEL + (int) ((double) (selectedTs - v0) / (v1 - v0) * w);
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
                gc.drawLine(x, 0, x, ay);
            }
        } finally {
            bar.dispose();
            allBar.dispose();
        }
    }

    private static String span(long ns) {
        if (ns >= 1_000_000_000L) {
            return String.format("%.3f s", ns / 1e9);
        }
        if (ns >= 1_000_000L) {
            return String.format("%.3f ms", ns / 1e6);
        }
        return String.format("%.3f us", ns / 1e3);
    }
}
