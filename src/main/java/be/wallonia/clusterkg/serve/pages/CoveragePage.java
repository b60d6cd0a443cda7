package be.wallonia.clusterkg.serve.pages;

import be.wallonia.clusterkg.format.MediaTypes;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.serve.http.Pages;

import be.wallonia.clusterkg.coverage.Comparison;
import be.wallonia.clusterkg.coverage.Coverage;
import be.wallonia.clusterkg.coverage.CoverageData.Network;
import be.wallonia.clusterkg.coverage.CoverageReport;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The coverage report as a page: a heatmap of the matrix (a cell's shade is the number of sources that say the
 * network covers the sector), a bar chart of the networks per sector, the share covered per source, and the
 * lists of gaps and overlaps; all drawn as SVG on the server, so the page needs no script. The CSV and JSON of the
 * same report are linked from it.
 */
public final class CoveragePage {
    static final String TEMPLATE = "coverage";
    private static final int LABEL_WIDTH = 330;
    private static final int HEADER_HEIGHT = 130;
    private static final int CELL_WIDTH = 24;
    private static final int CELL_HEIGHT = 18;
    private static final int BAR_UNIT = 28;
    private static final String[] SHADES = {"#f1f3f5", "#a5c8ec", "#4a90d9", "#1a4f8a"};

    public record Column(int x, String label, boolean pole, String href) {}
    public record Cell(int x, String fill, String title) {}
    public record HeatRow(int y, String code, String title, boolean gap, List<Cell> cells, int count) {}
    public record Bar(int y, String code, String title, int width, String status, int count) {}
    public record SourceBar(int y, String label, int width, String share, int covered, int total) {}
    public record Link(String label, String href, boolean selected) {}
    public record Claim(String text, String source, String href) {}

    private CoveragePage() {}

    /** The page on its own (the {@code coverage --format html} output), with the site's stylesheet linked from "/". */
    public static String standalone(CoverageReport report, String lang, Iris iris) {
        return new Pages().render(TEMPLATE, model(report, lang, iris, "/coverage"));
    }

    /** The template's model; {@code path} is where the page answers, for the links to its other forms. */
    static Map<String, Object> model(CoverageReport report, String lang, Iris iris, String path) {
        String base = iris.basePath();
        boolean fr = "fr".equals(lang);
        Coverage c = report.coverage();
        String source = report.source().map(s -> s.slug()).orElse("");
        Map<String, Object> m = new HashMap<>();
        m.put("base", base);
        m.put("lang", lang);
        m.put("level", report.level().id());
        m.put("scope", c.scope());
        m.put("sectionShare", share(report.sections()));
        m.put("divisionShare", share(report.divisions()));
        m.put("claims", report.claims().stream().map(k -> new Claim(k.text(),
                k.source().substring(k.source().lastIndexOf('/') + 1), k.source())).toList());
        m.put("gaps", c.with(Coverage.Status.GAP));
        m.put("single", c.with(Coverage.Status.SINGLE));
        m.put("overlaps", c.with(Coverage.Status.OVERLAP));
        m.put("comparisons", report.comparisons().stream().map(CoveragePage::comparison).toList());
        m.put("levels", List.of(
                new Link(fr ? "sections" : "sections", href(path, "section", source, null, lang), report.level().id().equals("section")),
                new Link(fr ? "divisions" : "divisions", href(path, "division", source, null, lang), report.level().id().equals("division"))));
        List<Link> sources = new ArrayList<>();
        sources.add(new Link(fr ? "toutes les sources" : "all sources", href(path, report.level().id(), "", null, lang), source.isEmpty()));
        for (Coverage s : report.perSource()) {
            sources.add(new Link(s.scope(), href(path, report.level().id(), s.scope(), null, lang), s.scope().equals(source)));
        }
        m.put("sources", sources);
        m.put("csv", href(path, report.level().id(), source, MediaTypes.CSV.extension(), null));
        m.put("json", href(path, report.level().id(), source, MediaTypes.JSON.extension(), null));
        m.put("text", href(path, report.level().id(), source, MediaTypes.TEXT.extension(), null));
        heatmap(m, c, lang, iris);
        bars(m, c);
        sourceBars(m, report);
        return m;
    }

    private static Map<String, Object> comparison(Comparison cmp) {
        Map<String, Object> m = new HashMap<>();
        m.put("older", cmp.older().slug());
        m.put("later", cmp.after().scope());
        m.put("before", share(cmp.before()));
        m.put("after", share(cmp.after()));
        m.put("onlyBefore", cmp.onlyBefore());
        m.put("onlyAfter", cmp.onlyAfter());
        m.put("networksOnlyBefore", cmp.networksOnlyBefore());
        m.put("networksOnlyAfter", cmp.networksOnlyAfter());
        return m;
    }

    private static void heatmap(Map<String, Object> m, Coverage c, String lang, Iris iris) {
        List<Column> columns = new ArrayList<>();
        List<Network> networks = c.networks();
        for (int i = 0; i < networks.size(); i++) {
            Network n = networks.get(i);
            columns.add(new Column(LABEL_WIDTH + i * CELL_WIDTH + CELL_WIDTH / 2, n.name(lang), n.pole(),
                    iris.localPath(n.iri()).orElse(n.iri())));
        }
        List<HeatRow> rows = new ArrayList<>();
        int y = HEADER_HEIGHT;
        for (Coverage.Row row : c.rows()) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < networks.size(); i++) {
                Network n = networks.get(i);
                int sources = row.sourcesFor(n);
                cells.add(new Cell(LABEL_WIDTH + i * CELL_WIDTH, SHADES[Math.min(sources, SHADES.length - 1)],
                        n.name(lang) + " · " + row.sector().code() + " " + row.sector().title() + ": "
                                + (sources == 0 ? "-" : sources + " source(s)")));
            }
            rows.add(new HeatRow(y, row.sector().code(), shorten(row.sector().title(), 44), row.networks().isEmpty(), cells,
                    row.networks().size()));
            y += CELL_HEIGHT;
        }
        m.put("columns", columns);
        m.put("heatRows", rows);
        m.put("cellWidth", CELL_WIDTH - 2);
        m.put("cellHeight", CELL_HEIGHT - 2);
        m.put("labelWidth", LABEL_WIDTH);
        m.put("heatWidth", LABEL_WIDTH + networks.size() * CELL_WIDTH + 40);
        m.put("heatHeight", y + 10);
        m.put("countX", LABEL_WIDTH + networks.size() * CELL_WIDTH + 8);
        m.put("shades", List.of(SHADES));
    }

    private static void bars(Map<String, Object> m, Coverage c) {
        List<Bar> bars = new ArrayList<>();
        int y = 10;
        int max = 1;
        for (Coverage.Row row : c.rows()) {
            bars.add(new Bar(y, row.sector().code(), shorten(row.sector().title(), 44), row.networks().size() * BAR_UNIT,
                    row.status().name().toLowerCase(Locale.ROOT), row.networks().size()));
            max = Math.max(max, row.networks().size());
            y += CELL_HEIGHT;
        }
        m.put("bars", bars);
        m.put("barHeight", CELL_HEIGHT - 4);
        m.put("barsWidth", LABEL_WIDTH + max * BAR_UNIT + 40);
        m.put("barsHeight", y + 10);
    }

    private static void sourceBars(Map<String, Object> m, CoverageReport report) {
        List<SourceBar> bars = new ArrayList<>();
        int y = 10;
        List<Coverage> all = new ArrayList<>(report.perSource());
        for (Comparison cmp : report.comparisons()) all.add(cmp.after());
        for (Coverage s : all) {
            bars.add(new SourceBar(y, s.scope(), (int) Math.round(s.share() * 400), percent(s.share()), s.covered(), s.total()));
            y += 24;
        }
        m.put("sourceBars", bars);
        m.put("sourceBarsHeight", y + 6);
    }

    private static String share(Coverage c) {
        return c.covered() + " / " + c.total() + " (" + percent(c.share()) + ")";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    private static String shorten(String s, int max) {
        // section titles are in capitals in NACE; the chart's labels read better in sentence case
        String t = s.equals(s.toUpperCase(Locale.ROOT)) && !s.isEmpty() ? s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT) : s;
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    private static String href(String path, String level, String source, String format, String lang) {
        StringBuilder q = new StringBuilder(path).append("?level=").append(level);
        if (!source.isEmpty()) q.append("&source=").append(URLEncoder.encode(source, StandardCharsets.UTF_8));
        if (format != null) q.append("&format=").append(format);
        if ("fr".equals(lang)) q.append("&lang=fr");
        return q.toString();
    }
}
