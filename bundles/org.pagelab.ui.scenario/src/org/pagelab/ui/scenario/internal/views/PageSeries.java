package org.pagelab.ui.scenario.internal.views;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.pagelab.engine.explore.Trace;
import org.pagelab.engine.state.TraceStates;
import org.pagelab.model.mm.MMState;
import org.pagelab.model.mm.Mm;
import org.pagelab.model.mm.Page;
import org.pagelab.model.mm.PageFlag;
import org.pagelab.model.mm.Pmd;
import org.pagelab.model.mm.Pte;
import org.pagelab.model.mm.PteKind;
import org.pagelab.ui.charts.ChartSeries;

/**
 * The numbers of the refcount chart, from a counterexample: for each page
 * the trace's steps touch, its refcount, mapcount and pin count in the
 * initial state (x = 0) and after each step (x = i + 1), and the flags
 * drawn as bands (dirty, swapbacked, writeback, mapped by a present PTE):
 * band k is at height k, raised by 0.8 while the flag is set. Every point's
 * reference is its step (-1 for the initial state). The states come from
 * the engine's converter (TraceStates), so the chart shows what the Pages
 * view shows.
 */
public final class PageSeries {
    /** The flags drawn as bands, in order from the bottom. */
    public static final List<String> BANDS = List.of("dirty", "swapbacked", "writeback", "PTE present");

    private final List<ChartSeries> counts = new ArrayList<>();
    private final List<ChartSeries> bands = new ArrayList<>();
    private final List<String> pages = new ArrayList<>();

    public PageSeries(Trace t, int maxPages) {
        List<TraceStates.Converted> states = TraceStates.all(t);
        Set<String> touched = new LinkedHashSet<>();
        for (Trace.Step s : t.steps()) {
            for (Trace.Change c : s.changes()) {
                if ("page".equals(c.kind())) {
                    touched.add(c.object());
                }
            }
        }
        for (String p : touched) {
            if (pages.size() < maxPages) {
                pages.add(p);
            }
        }
        int n = states.size();
        double[] x = new double[n];
        int[] refs = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            refs[i] = i - 1;
        }
        int band = 0;
        for (String name : pages) {
            double[] ref = new double[n];
            double[] map = new double[n];
            double[] pin = new double[n];
            double[][] flags = new double[BANDS.size()][n];
            for (int i = 0; i < n; i++) {
                MMState st = states.get(i).state();
                Page p = page(st, name);
                ref[i] = p == null ? 0 : p.getRefcount();
                map[i] = p == null ? 0 : p.getMapcount();
                pin[i] = p == null ? 0 : p.getPincount();
                boolean[] f = {
                    p != null && p.getFlags().contains(PageFlag.DIRTY),
                    p != null && p.getFlags().contains(PageFlag.SWAPBACKED),
                    p != null && p.getFlags().contains(PageFlag.WRITEBACK),
                    p != null && mappedPresent(st, p) };
                for (int k = 0; k < f.length; k++) {
                    flags[k][i] = f[k] ? 0.8 : 0;
                }
            }
            counts.add(new ChartSeries(name + " refcount", x, ref, refs));
            counts.add(new ChartSeries(name + " mapcount", x, map, refs));
            counts.add(new ChartSeries(name + " pins", x, pin, refs));
            for (int k = 0; k < BANDS.size(); k++) {
                double[] y = new double[n];
                for (int i = 0; i < n; i++) {
                    y[i] = band + flags[k][i];
                }
                bands.add(new ChartSeries(name + " " + BANDS.get(k), x, y, refs));
                band++;
            }
        }
    }

    private static Page page(MMState st, String name) {
        for (Page p : st.getPages()) {
            if (name.equals(p.getName())) {
                return p;
            }
        }
        return null;
    }

    private static boolean mappedPresent(MMState st, Page p) {
        for (Mm mm : st.getMms()) {
            for (Pmd pmd : mm.getPmds()) {
                for (Pte pte : pmd.getPtes()) {
                    if (pte.getPage() == p && pte.getKind() == PteKind.PRESENT) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** refcount, mapcount, pins per page. */
    public List<ChartSeries> counts() {
        return counts;
    }

    /** The flag bands per page. */
    public List<ChartSeries> bands() {
        return bands;
    }

    /** The pages charted. */
    public List<String> pages() {
        return pages;
    }
}
