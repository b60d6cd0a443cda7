package be.wallonia.clusterkg.extract;

import be.wallonia.clusterkg.source.Corrections;
import be.wallonia.clusterkg.source.Manifest;
import be.wallonia.clusterkg.source.SourceEntry;
import be.wallonia.clusterkg.source.SourceReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The path the build takes from a file to an extraction (manifest → reader → layout → extractor), for the
 * five real documents under {@code data/sources/} and for documents a test writes. Tests run with the
 * project root as working directory.
 */
final class RealDocuments {
    static final String BASE = "http://localhost:8080/";
    static final Lexicon LEXICON = Lexicon.standard();
    static final Path SOURCES = Path.of("data/sources");
    private static final Manifest MANIFEST = Manifest.read(Path.of("data/sources.ttl"), BASE);
    /** The standard extractors, with the networks the curated data knows (what finds a page's network). */
    static final Extractors STANDARD = Extractors.standard(LEXICON, curatedResolver()::networkNamesIn);

    private static be.wallonia.clusterkg.resolve.Resolver curatedResolver() {
        org.apache.jena.rdf.model.Model curated = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        be.wallonia.clusterkg.source.TurtleFile.filesIn(Path.of("data/curated"))
                .forEach(f -> curated.add(be.wallonia.clusterkg.source.TurtleFile.read(f, BASE)));
        return be.wallonia.clusterkg.resolve.Resolver.of(curated);
    }
    private static final Corrections CORRECTIONS = Corrections.read(Path.of("data/curated/corrections.tsv"));

    static final List<String> SLUGS = List.of(
            "cluster-definition-en", "clusters-en", "clusters-fr", "clusters-2008-fr", "key-sectors-en");

    private RealDocuments() {}

    /** The manifest's entry for a real document. */
    static SourceEntry entry(String slug) {
        return MANIFEST.entries().stream().filter(e -> e.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no source " + slug + " in data/sources.ttl"));
    }

    static Layout layout(String slug) {
        return layout(entry(slug), SOURCES);
    }

    /** A real document read by the extractor its manifest entry names. */
    static Extraction extraction(String slug) {
        return extract(layout(slug));
    }

    /** Any document, read from {@code dir} with the curated corrections, as the build reads it. */
    static Layout layout(SourceEntry entry, Path dir) {
        return layout(entry, dir, CORRECTIONS);
    }

    static Layout layout(SourceEntry entry, Path dir, Corrections corrections) {
        return Layout.of(SourceReader.read(entry, dir), LEXICON, corrections);
    }

    static Extraction extract(Layout layout) {
        String id = layout.source().entry().extractorId();
        return STANDARD.get(id).orElseThrow().extract(layout);
    }

    /** An entry for a document a test writes; its slug is the file name without extension. */
    static SourceEntry entry(String fileName, String extractorId, String language) {
        String slug = fileName.replaceFirst("\\.[^.]*$", "");
        return new SourceEntry(BASE + "id/source/" + slug, slug, fileName, extractorId, language,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Writes {@code text} as the entry's file in {@code dir} and lays it out. */
    static Layout write(Path dir, SourceEntry entry, String text) {
        try {
            Files.writeString(dir.resolve(entry.fileName()), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return layout(entry, dir);
    }

    static Extraction.NetworkMention network(Extraction extraction, String name) {
        return extraction.networks().stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no network named " + name + " in "
                        + extraction.networks().stream().map(Extraction.NetworkMention::name).toList()));
    }

    static List<String> names(Extraction extraction) {
        return extraction.networks().stream().map(Extraction.NetworkMention::name).toList();
    }

    static List<String> focusTexts(Extraction.NetworkMention network) {
        return network.focus().stream().map(Extraction.FocusItem::text).toList();
    }

    /** Every string a record holds, through its optionals, lists and nested records. */
    static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        collect(value, out);
        return out;
    }

    private static void collect(Object value, List<String> out) {
        if (value instanceof String s) {
            out.add(s);
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> collect(v, out));
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> collect(v, out));
        } else if (value instanceof Record r) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                try {
                    collect(rc.getAccessor().invoke(r), out);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
