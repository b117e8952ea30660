package org.pagelab.ui.charts;

import java.util.Arrays;

/**
 * Reduces a series to what a plot of a given width can show: for each pixel
 * column of the visible x range, the first, last, lowest and highest point.
 * The drawn line is the same as with every point (its vertical extent per
 * column and its joins are kept), at most four points per column, so
 * millions of points plot as fast as a few thousand.
 */
public final class MinMaxReducer {
    private MinMaxReducer() {
    }

    /**
     * Indices (ascending) of the points of (x, y) to draw for the x range
     * [xMin, xMax] on {@code columns} pixel columns; one point beyond each end
     * is kept so that lines leave the plot at the right place.
     */
    public static int[] reduce(double[] x, double[] y, double xMin, double xMax, int columns) {
        int n = x.length;
        if (n == 0) {
            return new int[0];
        }
        int lo = lowerBound(x, xMin);
        int hi = upperBound(x, xMax) - 1;
        lo = Math.max(0, lo - 1);
        hi = Math.min(n - 1, hi + 1);
        if (hi < lo) {
            return new int[0];
        }
        columns = Math.max(1, columns);
        if (hi - lo + 1 <= 4L * columns || !(xMax > xMin)) {
            int[] all = new int[hi - lo + 1];
            for (int i = 0; i < all.length; i++) {
                all[i] = lo + i;
            }
            return all;
        }
        int[] out = new int[4 * columns + 4];
        int k = 0;
        double w = (xMax - xMin) / columns;
        int i = lo;
        while (i <= hi) {
            long col = x[i] < xMin ? -1 : x[i] > xMax ? columns : (long) Math.min(columns - 1, (x[i] - xMin) / w);
            int first = i;
            int min = i;
            int max = i;
            int j = i + 1;
            while (j <= hi) {
                long c = x[j] < xMin ? -1 : x[j] > xMax ? columns : (long) Math.min(columns - 1, (x[j] - xMin) / w);
                if (c != col) {
                    break;
                }
                if (y[j] < y[min]) {
                    min = j;
                }
                if (y[j] > y[max]) {
                    max = j;
                }
                j++;
            }
            int last = j - 1;
            int[] four = {first, min, max, last};
            Arrays.sort(four);
            for (int q = 0; q < 4; q++) {
                if (q == 0 || four[q] != four[q - 1]) {
                    if (k == out.length) {
                        out = Arrays.copyOf(out, out.length * 2);
                    }
                    out[k++] = four[q];
                }
            }
            i = j;
        }
        return Arrays.copyOf(out, k);
    }

    /** First index with x >= v. */
    static int lowerBound(double[] x, double v) {
        int lo = 0;
        int hi = x.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First index with x > v. */
    static int upperBound(double[] x, double v) {
        int lo = 0;
        int hi = x.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the point of x nearest to v, or -1 for an empty series. */
    public static int nearest(double[] x, double v) {
        if (x.length == 0) {
            return -1;
        }
        int i = lowerBound(x, v);
        if (i == 0) {
            return 0;
        }
        if (i == x.length) {
            return x.length - 1;
        }
        return v - x[i - 1] <= x[i] - v ? i - 1 : i;
    }
}
