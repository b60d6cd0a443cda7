package be.wallonia.clusterkg.coverage;

import be.wallonia.clusterkg.coverage.CoverageData.Network;
import be.wallonia.clusterkg.coverage.CoverageData.Source;
import be.wallonia.clusterkg.format.MediaTypes;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The machine- and terminal-readable forms of a coverage report, one per format, with their media types. The HTML
 * form, with its charts, is the server's page (it needs the site's templates).
 */
public enum CoverageFormat {
    TEXT(MediaTypes.TEXT, CoverageFormat::text),
    CSV(MediaTypes.CSV, CoverageFormat::csv),
    JSON(MediaTypes.JSON, CoverageFormat::json);

    private final MediaTypes.Data form;
    private final Function<CoverageReport, String> writer;

    CoverageFormat(MediaTypes.Data form, Function<CoverageReport, String> writer) {
        this.form = form;
        this.writer = writer;
    }

    public MediaTypes.Data form() { return form; }

    public String render(CoverageReport report) { return writer.apply(report); }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String text(CoverageReport r) {
        StringBuilder out = new StringBuilder();
        Coverage c = r.coverage();
        String noun = r.level().id() + "s";
        out.append("Sector coverage by the Walloon clusters and pôles: NACE Rev. 2 ").append(noun).append(", ")
                .append(c.scope()).append('\n');
        out.append("Covered: ").append(share(r.sections(), "sections")).append("; ").append(share(r.divisions(), "divisions")).append('\n');
        for (CoverageData.Claim claim : r.claims()) {
            out.append("Claimed (").append(slugOf(claim.source())).append("): \"").append(claim.text()).append("\"\n");
        }
        section(out, "Gaps: " + noun + " no network covers", c.with(Coverage.Status.GAP), false);
        section(out, "Covered by one network", c.with(Coverage.Status.SINGLE), true);
        section(out, "Covered by several networks (overlaps)", c.with(Coverage.Status.OVERLAP), true);

        out.append("\nMatrix (x: the network covers the ").append(r.level().id()).append("; columns:");
        List<Network> cols = c.networks();
        for (int i = 0; i < cols.size(); i++) {
            out.append(i % 5 == 0 ? "\n  " : "  ").append(String.format(Locale.ROOT, "%2d %s", i + 1, cols.get(i).nameEn()));
        }
        out.append(")\n");
        out.append(String.format(Locale.ROOT, "  %-5s", ""));
        for (int i = 0; i < cols.size(); i++) out.append(String.format(Locale.ROOT, "%3d", i + 1));
        out.append('\n');
        for (Coverage.Row row : c.rows()) {
            out.append(String.format(Locale.ROOT, "  %-5s", row.sector().code()));
            for (Network n : cols) out.append(row.covers(n) ? "  x" : "  .");
            out.append("  ").append(row.sector().title()).append('\n');
        }

        out.append("\nPer source (").append(noun).append("):\n");
        for (Coverage s : r.perSource()) {
            out.append(String.format(Locale.ROOT, "  %-22s %3d of %d (%s), %d networks%n", s.scope(), s.covered(), s.total(),
                    percent(s.share()), s.networks().size()));
        }
        for (Comparison cmp : r.comparisons()) {
            out.append("\n").append(cmp.older().slug()).append(" against the sources that replace it (")
                    .append(cmp.after().scope()).append("):\n");
            out.append(String.format(Locale.ROOT, "  covered: %d of %d (%s) against %d of %d (%s)%n", cmp.before().covered(),
                    cmp.before().total(), percent(cmp.before().share()), cmp.after().covered(), cmp.after().total(),
                    percent(cmp.after().share())));
            rows(out, "  only in " + cmp.older().slug(), cmp.onlyBefore());
            rows(out, "  only in the later sources", cmp.onlyAfter());
            out.append("  networks only in ").append(cmp.older().slug()).append(": ").append(names(cmp.networksOnlyBefore())).append('\n');
            out.append("  networks only in the later sources: ").append(names(cmp.networksOnlyAfter())).append('\n');
        }
        return out.toString();
    }

    private static String share(Coverage c, String noun) {
        return c.covered() + " of " + c.total() + " " + noun + " (" + percent(c.share()) + ")";
    }

    private static void section(StringBuilder out, String title, List<Coverage.Row> rows, boolean withNetworks) {
        out.append('\n').append(title).append(" (").append(rows.size()).append("):\n");
        for (Coverage.Row row : rows) {
            out.append(String.format(Locale.ROOT, "  %-5s %s", row.sector().code(), row.sector().title()));
            if (withNetworks) out.append(" — ").append(names(row.networks()));
            out.append('\n');
        }
    }

    private static void rows(StringBuilder out, String title, List<Coverage.Row> rows) {
        out.append(title).append(" (").append(rows.size()).append("): ")
                .append(String.join(", ", rows.stream().map(r -> r.sector().code()).toList())).append('\n');
    }

    private static String names(List<Network> networks) {
        return networks.isEmpty() ? "none" : String.join(", ", networks.stream().map(Network::nameEn).toList());
    }

    private static String slugOf(String sourceIri) {
        return sourceIri.substring(sourceIri.lastIndexOf('/') + 1);
    }

    /** The matrix as a table: one row per section (or division), one 0/1 column per network, then the counts. */
    private static String csv(CoverageReport r) {
        Coverage c = r.coverage();
        List<String> header = new ArrayList<>(List.of("level", "code", "title", "scope", "networks", "status"));
        c.networks().forEach(n -> header.add(n.slug()));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (Coverage.Row row : c.rows()) {
                List<Object> cells = new ArrayList<>(List.of(r.level().id(), row.sector().code(), row.sector().title(),
                        c.scope(), row.networks().size(), row.status().name().toLowerCase(Locale.ROOT)));
                c.networks().forEach(n -> cells.add(row.covers(n) ? 1 : 0));
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String json(CoverageReport r) {
        JsonObject o = new JsonObject();
        o.put("level", r.level().id());
        o.put("scope", r.coverage().scope());
        o.put("sections", shareOf(r.sections()));
        o.put("divisions", shareOf(r.divisions()));
        JsonArray networks = new JsonArray();
        for (Network n : r.coverage().networks()) {
            JsonObject j = new JsonObject();
            j.put("iri", n.iri());
            j.put("slug", n.slug());
            j.put("name", n.nameEn());
            j.put("kind", n.pole() ? "competitiveness cluster" : "business cluster");
            j.put("covers", codes(r.coverage().of(n)));
            networks.add(j);
        }
        o.put("networks", networks);
        JsonArray rows = new JsonArray();
        for (Coverage.Row row : r.coverage().rows()) {
            JsonObject j = new JsonObject();
            j.put("code", row.sector().code());
            j.put("iri", row.sector().iri());
            j.put("title", row.sector().title());
            j.put("status", row.status().name().toLowerCase(Locale.ROOT));
            JsonArray by = new JsonArray();
            row.networks().forEach(n -> by.add(n.slug()));
            j.put("networks", by);
            rows.add(j);
        }
        o.put("rows", rows);
        o.put("gaps", codes(r.coverage().with(Coverage.Status.GAP)));
        o.put("overlaps", codes(r.coverage().with(Coverage.Status.OVERLAP)));
        JsonArray perSource = new JsonArray();
        for (Coverage s : r.perSource()) {
            JsonObject j = shareOf(s);
            j.put("source", s.scope());
            perSource.add(j);
        }
        o.put("perSource", perSource);
        JsonArray comparisons = new JsonArray();
        for (Comparison cmp : r.comparisons()) {
            JsonObject j = new JsonObject();
            j.put("older", cmp.older().slug());
            JsonArray later = new JsonArray();
            cmp.later().stream().map(Source::slug).forEach(later::add);
            j.put("later", later);
            j.put("before", shareOf(cmp.before()));
            j.put("after", shareOf(cmp.after()));
            j.put("onlyBefore", codes(cmp.onlyBefore()));
            j.put("onlyAfter", codes(cmp.onlyAfter()));
            JsonArray nb = new JsonArray();
            cmp.networksOnlyBefore().forEach(n -> nb.add(n.slug()));
            j.put("networksOnlyBefore", nb);
            JsonArray na = new JsonArray();
            cmp.networksOnlyAfter().forEach(n -> na.add(n.slug()));
            j.put("networksOnlyAfter", na);
            comparisons.add(j);
        }
        o.put("comparisons", comparisons);
        JsonArray claims = new JsonArray();
        for (CoverageData.Claim claim : r.claims()) {
            JsonObject j = new JsonObject();
            j.put("text", claim.text());
            j.put("source", claim.source());
            claims.add(j);
        }
        o.put("claims", claims);
        return org.apache.jena.atlas.json.JSON.toString(o) + "\n";
    }

    private static JsonObject shareOf(Coverage c) {
        JsonObject j = new JsonObject();
        j.put("covered", c.covered());
        j.put("total", c.total());
        j.put("share", org.apache.jena.atlas.json.JsonNumber.value(Math.round(c.share() * 10000) / 10000.0));
        return j;
    }

    private static JsonArray codes(List<Coverage.Row> rows) {
        JsonArray a = new JsonArray();
        rows.forEach(r -> a.add(r.sector().code()));
        return a;
    }
}
