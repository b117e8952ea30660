package org.pagelab.ui.charts;

/**
 * One series to plot: x ascending (e.g. seconds), y values, and per point a
 * reference handed back when the point is clicked (an event index, or -1).
 */
public record ChartSeries(String name, double[] x, double[] y, int[] refs) {
    public ChartSeries {
        if (x.length != y.length || (refs != null && refs.length != x.length)) {
            throw new IllegalArgumentException("series arrays differ in length");
        }
        for (int i = 1; i < x.length; i++) {
            if (x[i] < x[i - 1]) {
                throw new IllegalArgumentException("x values of " + name + " are not ascending at " + i);
            }
        }
    }

    public int size() {
        return x.length;
    }

    /** The reference of point i, or -1. */
    public int ref(int i) {
        return refs == null ? -1 : refs[i];
    }
}
