package org.pagelab.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chart component in a real shell: reduction on screen, click mapping, exports. */
class XYChartTest {
    @Test
    void rendersClicksAndExports(@TempDir Path tmp) throws IOException {
        Display d = Display.getDefault();
        Shell s = new Shell(d);
        try {
            s.setLayout(new FillLayout());
            XYChart c = new XYChart(s, 0, "refcount", "time (s)", "count", true, true);
            s.setSize(900, 500);
            s.open();
            int n = 1_000_000;
            double[] x = new double[n];
            double[] y = new double[n];
            int[] refs = new int[n];
            for (int i = 0; i < n; i++) {
                x[i] = i / 1000.0;
                y[i] = i % 1000;
                refs[i] = 10 * i;
            }
            c.setSeries(List.of(new ChartSeries("sawtooth", x, y, refs)));
            for (int k = 0; k < 20; k++) {
                while (d.readAndDispatch()) {
                    // paint
                }
            }
            assertTrue(c.drawnPoints() <= 4 * 900 + 4, "drawn " + c.drawnPoints());
            assertTrue(c.drawnPoints() > 100);
            int[] got = {-1, -1, -1};
            c.addPointListener((si, pi, ref) -> {
                got[0] = si;
                got[1] = pi;
                got[2] = ref;
            });
            c.setXRange(400, 401); // zoomed: every point of the window is drawn
            while (d.readAndDispatch()) {
                // repaint after zoom
            }
            assertTrue(c.drawnPoints() >= 1000, "zoomed in: all points of the window, " + c.drawnPoints());
            c.clickAt(400.5, 500);
            assertEquals(0, got[0]);
            assertEquals(400_500, got[1]);
            assertEquals(10 * got[1], got[2], "the reference of the clicked point");
            c.resetZoom();
            Path png = tmp.resolve("c.png");
            Path svg = tmp.resolve("c.svg");
            Path csv = tmp.resolve("c.csv");
            c.exportPng(png, 800, 500);
            c.exportSvg(svg, 800, 500);
            c.exportCsv(csv);
            byte[] p = Files.readAllBytes(png);
            assertEquals((byte) 0x89, p[0]);
            assertEquals('P', p[1]);
            assertTrue(Files.readString(svg, StandardCharsets.UTF_8).contains("<svg"));
            List<String> lines = Files.readAllLines(csv);
            assertEquals(n + 1, lines.size(), "every point, not the reduced ones");
            assertEquals("series,x,y,ref", lines.get(0));
            assertEquals("\"sawtooth\",0.001000000,1,10", lines.get(2));
        } finally {
            s.dispose();
        }
    }
}
