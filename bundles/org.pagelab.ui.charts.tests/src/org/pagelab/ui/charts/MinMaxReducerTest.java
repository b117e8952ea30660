package org.pagelab.ui.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The min/max-per-pixel-column reduction keeps what a plot shows. */
class MinMaxReducerTest {
    @Test
    void millionsOfPointsReduceToAFewPerColumnKeepingExtremes() {
        int n = 2_000_000;
        double[] x = new double[n];
        double[] y = new double[n];
        Random r = new Random(3);
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = r.nextGaussian();
        }
        y[1_234_567] = 1000; // a spike must survive
        y[777] = -1000;
        int cols = 800;
        int[] kept = MinMaxReducer.reduce(x, y, 0, n - 1, cols);
        assertTrue(kept.length <= 4 * cols + 2, "kept " + kept.length);
        for (int k = 1; k < kept.length; k++) {
            assertTrue(kept[k] > kept[k - 1], "ascending");
        }
        assertTrue(java.util.Arrays.stream(kept).anyMatch(i -> i == 1_234_567), "the maximum is kept");
        assertTrue(java.util.Arrays.stream(kept).anyMatch(i -> i == 777), "the minimum is kept");
        // every column keeps its own min and max
        double w = (n - 1.0) / cols;
        for (int c = 0; c < cols; c += 97) {
            int a = (int) Math.ceil(c * w);
            int b = (int) Math.min(n - 1, Math.ceil((c + 1) * w) - 1);
            int min = a;
            int max = a;
            for (int i = a; i <= b; i++) {
                min = y[i] < y[min] ? i : min;
                max = y[i] > y[max] ? i : max;
            }
            int mn = min;
            int mx = max;
            assertTrue(java.util.Arrays.stream(kept).anyMatch(i -> y[i] == y[mn]), "column " + c + " min");
            assertTrue(java.util.Arrays.stream(kept).anyMatch(i -> y[i] == y[mx]), "column " + c + " max");
        }
    }

    @Test
    void smallOrZoomedRangesKeepEveryPointWithOneBeyondEachEnd() {
        double[] x = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        double[] y = {5, 4, 3, 2, 1, 0, 1, 2, 3, 4};
        assertArrayEquals(new int[] {2, 3, 4, 5, 6, 7}, MinMaxReducer.reduce(x, y, 3, 6, 800));
        assertEquals(10, MinMaxReducer.reduce(x, y, -100, 100, 3).length);
        assertEquals(0, MinMaxReducer.reduce(new double[0], new double[0], 0, 1, 10).length);
        assertEquals(4, MinMaxReducer.nearest(x, 4.4));
        assertEquals(9, MinMaxReducer.nearest(x, 99));
    }
}
