package be.wallonia.clusterkg.assemble;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.source.SourceException;
import be.wallonia.clusterkg.vocab.WCO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * NACE Rev. 2 as SKOS: Eurostat's CSV export (one row per section, division, group and class) to a concept
 * scheme of {@code wco:Sector}s at {@code {base}id/sector/nace-{code}}, each linked to the EU's published
 * identifier of the same concept. Pure: {@link #convert} reads text and returns a model; {@link #read} is the
 * file edge.
 */
public final class NaceConcepts {
    public static final String SCHEME_SLUG = "nace-rev2";
    public static final String EU_NAMESPACE = "http://data.europa.eu/ux2/nace2/";
    public static final String EU_SCHEME = EU_NAMESPACE + "nace2";
    public static final String RAMON = "https://ec.europa.eu/eurostat/ramon/";
    /** Where this export was retrieved from (data/reference/README.md). */
    public static final String RETRIEVED_FROM =
            "https://github.com/euBusinessGraph/eubg-data/blob/master/data/NACE/nace-201706.csv";
    public static final String EXCLUDES_PREFIX = "Excludes: ";
    public static final List<String> COLUMNS = List.of("Order", "Level", "Code", "Parent", "Description",
            "Reference to ISIC Rev. 4", "This item includes", "This item also includes", "Rulings", "This item excludes");

    /** The four levels, by number: name, code pattern, collection slug. */
    private enum Level {
        SECTION("section", "[A-Z]", "A"), DIVISION("division", "[0-9]{2}", "01"),
        GROUP("group", "[0-9]{2}\\.[0-9]", "01.1"), CLASS("class", "[0-9]{2}\\.[0-9]{2}", "01.11");

        final String noun;
        final Pattern code;
        final String example;

        Level(String noun, String code, String example) {
            this.noun = noun;
            this.code = Pattern.compile(code);
            this.example = example;
        }

        String collectionSlug() { return "nace-" + (this == CLASS ? "classes" : noun + "s"); }
    }

    private record Row(int line, Level level, String code, String parent, String description,
                       String includes, String alsoIncludes, String rulings, String excludes) {}

    private NaceConcepts() {}

    /** The slug of the concept of a code: {@code 22.21} → {@code nace-2221}, {@code C} → {@code nace-c}. */
    public static String slug(String code) {
        return "nace-" + code.replace(".", "").toLowerCase(Locale.ROOT);
    }

    /** The EU's linked-data identifier of a code: {@code 22.21} → {@code …/ux2/nace2/2221}, sections by letter. */
    public static String euIri(String code) {
        return EU_NAMESPACE + code.replace(".", "");
    }

    /** Eurostat writes section titles in capitals; the label reads as a sentence: "Agriculture, forestry and fishing". */
    public static String sentenceCase(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    public static Model read(Path file, Iris iris) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return convert(in, file, iris);
        } catch (IOException e) {
            throw new SourceException(file, 0, "cannot be read: " + e.getMessage());
        }
    }

    public static Model convert(String csv, Path file, Iris iris) {
        return convert(new StringReader(csv), file, iris);
    }

    /** {@code file} only names the source in error messages. */
    public static Model convert(Reader csv, Path file, Iris iris) {
        List<Row> rows = parse(csv, file);
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("skos", SKOS.uri).setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("wco", WCO.NS);

        Resource scheme = m.createResource(iris.id("scheme", SCHEME_SLUG))
                .addProperty(RDF.type, SKOS.ConceptScheme)
                .addProperty(WCO.slug, SCHEME_SLUG)
                .addProperty(SKOS.prefLabel, "NACE Rev. 2", "en")
                .addProperty(DCTerms.title, "NACE Rev. 2", "en")
                .addProperty(DCTerms.description, "The statistical classification of economic activities in the "
                        + "European Community, Rev. 2: sections, divisions, groups and classes.", "en")
                .addProperty(DCTerms.source, m.createResource(RAMON))
                .addProperty(DCTerms.rights, "Source: Eurostat", "en")
                .addProperty(SKOS.exactMatch, m.createResource(EU_SCHEME));

        Map<Level, Resource> collections = new LinkedHashMap<>();
        for (Level level : Level.values()) {
            collections.put(level, m.createResource(iris.id("collection", level.collectionSlug()))
                    .addProperty(RDF.type, SKOS.Collection)
                    .addProperty(WCO.slug, level.collectionSlug())
                    .addProperty(SKOS.prefLabel, "NACE Rev. 2 " + level.noun + (level == Level.CLASS ? "es" : "s"), "en"));
        }

        Map<String, Row> byCode = new LinkedHashMap<>();
        for (Row row : rows) {
            if (byCode.putIfAbsent(row.code(), row) != null) {
                throw new SourceException(file, row.line(), "the code " + row.code() + " is already defined on line "
                        + byCode.get(row.code()).line() + "; expected each code once");
            }
        }
        for (Row row : rows) {
            Resource c = m.createResource(iris.id("sector", slug(row.code())))
                    .addProperty(RDF.type, SKOS.Concept)
                    .addProperty(RDF.type, WCO.Sector)
                    .addProperty(SKOS.inScheme, scheme)
                    .addProperty(SKOS.notation, row.code())
                    .addProperty(WCO.slug, slug(row.code()))
                    .addProperty(SKOS.exactMatch, m.createResource(euIri(row.code())));
            collections.get(row.level()).addProperty(SKOS.member, c);
            if (row.level() == Level.SECTION) {
                c.addProperty(SKOS.prefLabel, sentenceCase(row.description()), "en")
                        .addProperty(SKOS.hiddenLabel, row.description(), "en")
                        .addProperty(SKOS.topConceptOf, scheme);
                scheme.addProperty(SKOS.hasTopConcept, c);
            } else {
                Row parent = byCode.get(row.parent());
                Level expected = Level.values()[row.level().ordinal() - 1];
                if (parent == null || parent.level() != expected) {
                    throw new SourceException(file, row.line(), "the parent \"" + row.parent() + "\" of " + row.code()
                            + (parent == null ? " is not a code of the file" : " is a " + parent.level().noun)
                            + "; expected the code of a " + expected.noun + " defined in the file");
                }
                Resource broader = m.createResource(iris.id("sector", slug(parent.code())));
                c.addProperty(SKOS.prefLabel, row.description(), "en").addProperty(SKOS.broader, broader);
                broader.addProperty(SKOS.narrower, c);
            }
            if (!row.includes().isEmpty()) c.addProperty(SKOS.scopeNote, row.includes(), "en");
            if (!row.alsoIncludes().isEmpty()) c.addProperty(SKOS.scopeNote, row.alsoIncludes(), "en");
            if (!row.rulings().isEmpty()) c.addProperty(SKOS.editorialNote, row.rulings(), "en");
            // No SKOS or ontology property says "excludes": a note, marked so that it can be told from the others.
            if (!row.excludes().isEmpty()) c.addProperty(SKOS.note, EXCLUDES_PREFIX + row.excludes(), "en");
        }
        return m;
    }

    private static List<Row> parse(Reader csv, Path file) {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(csv).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            // A record starts on the line after the last one the parser consumed: a field may span lines.
            long start = parser.getCurrentLineNumber() + 1;
            if (!records.hasNext()) throw new SourceException(file, 0, "is empty; expected a header " + COLUMNS);
            List<String> header = records.next().toList();
            if (!header.equals(COLUMNS)) {
                throw new SourceException(file, 1, "has the header " + header + "; expected " + COLUMNS);
            }
            start = parser.getCurrentLineNumber() + 1;
            while (records.hasNext()) {
                CSVRecord r = records.next();
                rows.add(row(r, (int) start, file));
                start = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new SourceException(file, 0, "is not well-formed CSV: " + e.getMessage());
        }
        return rows;
    }

    private static Row row(CSVRecord r, int line, Path file) {
        if (r.size() != COLUMNS.size()) {
            throw new SourceException(file, line, "has " + r.size() + " fields; expected " + COLUMNS.size() + ": " + COLUMNS);
        }
        String levelText = r.get(1).strip();
        int number;
        try {
            number = Integer.parseInt(levelText);
        } catch (NumberFormatException e) {
            number = 0;
        }
        if (number < 1 || number > 4) {
            throw new SourceException(file, line, "has the level \"" + levelText + "\"; expected 1 (section), "
                    + "2 (division), 3 (group) or 4 (class)");
        }
        Level level = Level.values()[number - 1];
        String code = r.get(2).strip();
        if (!level.code.matcher(code).matches()) {
            throw new SourceException(file, line, "has the code \"" + code + "\" at level " + number
                    + "; expected the code of a " + level.noun + ", like " + level.example);
        }
        String parent = r.get(3).strip();
        if (level == Level.SECTION && !parent.isEmpty()) {
            throw new SourceException(file, line, "gives the section " + code + " the parent \"" + parent
                    + "\"; expected none: sections are the top of the classification");
        }
        String description = r.get(4).strip();
        if (description.isEmpty()) {
            throw new SourceException(file, line, "has no description for " + code + "; expected its title");
        }
        return new Row(line, level, code, parent, description, note(r.get(6)), note(r.get(7)), note(r.get(8)), note(r.get(9)));
    }

    /** Notes as written, without the blanks Eurostat leaves at the ends and on otherwise empty lines. */
    private static String note(String text) {
        return text.replaceAll("(?m)^[ \\t]+$", "").strip();
    }
}
