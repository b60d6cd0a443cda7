package be.wallonia.clusterkg.bench;

import java.util.List;
import java.util.Locale;

/**
 * A small SVG line chart: build wall time against the number of quads, both axes logarithmic, one line per tool.
 * Written by hand because it is one chart of a few points; every coordinate goes through {@link #x} and {@link #y}.
 */
final class ScalePlot {
    private static final int WIDTH = 640, HEIGHT = 400, LEFT = 70, RIGHT = 150, TOP = 30, BOTTOM = 50;

    /** One line of the chart: its name, colour and points (quads, seconds). */
    record Series(String name, String colour, List<double[]> points) {}

    private final double minX, maxX, minY, maxY;

    private ScalePlot(List<Series> series) {
        double x0 = Double.MAX_VALUE, x1 = 0, y0 = Double.MAX_VALUE, y1 = 0;
        for (Series s : series) for (double[] p : s.points()) {
            x0 = Math.min(x0, p[0]); x1 = Math.max(x1, p[0]);
            y0 = Math.min(y0, p[1]); y1 = Math.max(y1, p[1]);
        }
        minX = Math.floor(Math.log10(x0)); maxX = Math.max(minX + 1, Math.ceil(Math.log10(x1)));
        minY = Math.floor(Math.log10(y0)); maxY = Math.max(minY + 1, Math.ceil(Math.log10(y1)));
    }

    static String svg(String title, List<Series> series) {
        return new ScalePlot(series).render(title, series);
    }

    private double x(double quads) { return LEFT + (Math.log10(quads) - minX) / (maxX - minX) * (WIDTH - LEFT - RIGHT); }

    private double y(double seconds) { return HEIGHT - BOTTOM - (Math.log10(seconds) - minY) / (maxY - minY) * (HEIGHT - TOP - BOTTOM); }

    private String render(String title, List<Series> series) {
        StringBuilder svg = new StringBuilder();
        svg.append(f("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT));
        svg.append(f("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(f("<text x=\"%d\" y=\"18\" font-size=\"14\">%s</text>%n", LEFT, escape(title)));
        for (double e = minX; e <= maxX; e++) {
            double px = x(Math.pow(10, e));
            svg.append(f("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>%n", px, TOP, px, HEIGHT - BOTTOM));
            svg.append(f("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">1e%d</text>%n", px, HEIGHT - BOTTOM + 16, (int) e));
        }
        for (double e = minY; e <= maxY; e++) {
            double py = y(Math.pow(10, e));
            svg.append(f("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", LEFT, py, WIDTH - RIGHT, py));
            svg.append(f("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s s</text>%n", LEFT - 6, py + 4, seconds(Math.pow(10, e))));
        }
        svg.append(f("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">quads (log)</text>%n", (WIDTH - RIGHT + LEFT) / 2, HEIGHT - 12));
        int legend = TOP + 10;
        for (Series s : series) {
            StringBuilder points = new StringBuilder();
            for (double[] p : s.points()) points.append(f("%.1f,%.1f ", x(p[0]), y(p[1])));
            svg.append(f("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n", s.colour(), points.toString().trim()));
            for (double[] p : s.points()) {
                svg.append(f("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", x(p[0]), y(p[1]), s.colour()));
            }
            svg.append(f("<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>%n", WIDTH - RIGHT + 12, legend, s.colour()));
            svg.append(f("<text x=\"%d\" y=\"%d\">%s</text>%n", WIDTH - RIGHT + 30, legend + 10, escape(s.name())));
            legend += 20;
        }
        return svg.append("</svg>\n").toString();
    }

    private static String seconds(double s) { return s >= 1 ? f("%.0f", s) : f("%.2g", s); }

    private static String escape(String s) { return s.replace("&", "&amp;").replace("<", "&lt;"); }

    private static String f(String format, Object... args) { return String.format(Locale.ROOT, format, args); }
}
