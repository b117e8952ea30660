package org.pagelab.ui.charts;

/** Told when the user clicks a point of an {@link XYChart}. */
@FunctionalInterface
public interface PointListener {
    /**
     * @param series index of the series in {@link XYChart#setSeries}
     * @param point  index of the point in that series (not in the reduced plot)
     * @param ref    the point's reference ({@link ChartSeries#ref}), e.g. an event index
     */
    void pointClicked(int series, int point, int ref);
}
