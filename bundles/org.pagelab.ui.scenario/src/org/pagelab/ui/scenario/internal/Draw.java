package org.pagelab.ui.scenario.internal;

import org.eclipse.swt.graphics.GC;

/** Small drawing helpers shared by the Lanes page and the counterexample diagrams. */
public final class Draw {
    private Draw() {
    }

    /** The text cut with "..." to fit {@code width} pixels in the GC's font. */
    public static String clip(GC gc, String s, int width) {
        if (gc.textExtent(s).x <= width) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && gc.textExtent(t + "...").x > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "...";
    }
}
