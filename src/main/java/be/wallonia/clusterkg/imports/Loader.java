package be.wallonia.clusterkg.imports;

import java.nio.file.Path;

/**
 * Reads one kind of imported file (as RDF4J Rio has one parser per format): a new kind is a class and a line in
 * {@link Loaders}. A loader never throws for bad content: it returns what it read and every problem it found,
 * so that the import command can list them all.
 */
public interface Loader {
    /** The id a manifest entry names in {@code wco:extractor}. */
    String id();

    /** What the loader reads, for the description of the graphs it makes. */
    String reads();

    Loaded load(Path file, ImportFormat format, Context context);

    /** What loaders match a file's content against: the graph's vocabulary, and the base for relative IRIs. */
    record Context(MemberVocabulary vocabulary, String base) {}

    /** What a loader read from a file, and what was wrong in it. */
    sealed interface Loaded permits MemberList, RdfContent {
        Path file();

        java.util.List<Problem> problems();
    }
}
