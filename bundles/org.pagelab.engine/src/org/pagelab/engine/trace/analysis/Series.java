package org.pagelab.engine.trace.analysis;

import java.util.Arrays;

/**
 * A numeric series over trace time: one point per contributing event (or per
 * time bucket), each with the index of the event it comes from so that a
 * chart click can select that event.
 *
 * @param name   what is plotted ("refcount of pfn 0x17ac9", "MM_ANONPAGES of mm 1479246175")
 * @param unit   unit of the values ("pages", "bytes", "faults/s"...)
 * @param ts     timestamps, ns, ascending
 * @param values the values
 * @param events index of the source event of each point (-1 for bucketed series)
 */
public record Series(String name, String unit, long[] ts, double[] values, int[] events) {
    public Series {
        if (ts.length != values.length || ts.length != events.length) {
            throw new IllegalArgumentException("series arrays differ in length");
        }
    }

    public int size() {
        return ts.length;
    }

    /** Growable builder. */
    public static final class Builder {
        private final String name;
        private final String unit;
        private long[] ts = new long[16];
        private double[] values = new double[16];
        private int[] events = new int[16];
        private int n;

        public Builder(String name, String unit) {
            this.name = name;
            this.unit = unit;
        }

        public Builder add(long t, double v, int event) {
            if (n == ts.length) {
                ts = Arrays.copyOf(ts, n * 2);
                values = Arrays.copyOf(values, n * 2);
                events = Arrays.copyOf(events, n * 2);
            }
            ts[n] = t;
            values[n] = v;
            events[n] = event;
            n++;
            return this;
        }

        public int size() {
            return n;
        }

        public Series build() {
            return new Series(name, unit, Arrays.copyOf(ts, n), Arrays.copyOf(values, n), Arrays.copyOf(events, n));
        }
    }
}
