package be.wallonia.clusterkg.imports;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.source.SourceEntry;
import be.wallonia.clusterkg.source.SourceException;
import org.apache.jena.rdf.model.Model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The imported files of the manifest: the member lists loaded, one graph per file, organisations matched across them,
 * and the statistics computed from them; the files of RDF checked (found, of a format their loader reads) but read
 * only when the build comes to each ({@link #read}), since one of them may be larger than everything else together
 * and none needs another to be read. Any problem in any file stops the build with all the file's problems.
 */
public final class ImportedGraphs {
    /**
     * Per member list's manifest entry, its graph's content; the organisation matches made; the computed statistics
     * (maybe empty); the entries of the files of RDF, to {@link #read} one at a time.
     */
    public record Result(Map<SourceEntry, Model> graphs, List<Organisations.Match> matches, Model statistics,
                         List<SourceEntry> rdfFiles) {}

    private final Loaders loaders;
    private final Loader.Context context;
    private final Iris iris;

    public ImportedGraphs(Loaders loaders, Loader.Context context, Iris iris) {
        this.loaders = loaders;
        this.context = context;
        this.iris = iris;
    }

    /**
     * @param syntheticEntries the IRIs of the entries the manifest marks {@code wco:synthetic true}
     */
    public Result load(List<SourceEntry> entries, Path importDir, Path manifestFile, Set<String> syntheticEntries, Instant now) {
        Map<SourceEntry, Model> graphs = new LinkedHashMap<>();
        Map<SourceEntry, MemberList> lists = new LinkedHashMap<>();
        List<SourceEntry> rdfFiles = new ArrayList<>();
        for (SourceEntry entry : entries) {
            Path file = fileOf(entry, importDir, manifestFile);
            if (entry.extractorId().equals(RdfLoader.ID)) {
                rdfFiles.add(entry);
            } else if (loaded(entry, file) instanceof MemberList list) {
                lists.put(entry, list);
            }
        }
        Organisations organisations = Organisations.identify(List.copyOf(lists.values()), iris);
        Map<String, Model> memberGraphs = new LinkedHashMap<>();
        lists.forEach((entry, list) -> {
            Model graph = MemberGraph.of(list, organisations, context.vocabulary(), iris);
            graphs.put(entry, graph);
            memberGraphs.put(iris.sourceGraph(entry.slug()), graph);
        });
        Set<String> syntheticGraphs = entries.stream().filter(e -> syntheticEntries.contains(e.iri()))
                .map(e -> iris.sourceGraph(e.slug())).collect(Collectors.toSet());
        Model statistics = MemberStatistics.compute(memberGraphs, syntheticGraphs, context.vocabulary(), iris, now);
        return new Result(graphs, organisations.matches(), statistics, List.copyOf(rdfFiles));
    }

    /** The content of a file of RDF the manifest lists, as its loader reads it. */
    public Model read(SourceEntry entry, Path importDir, Path manifestFile) {
        return ((RdfContent) loaded(entry, fileOf(entry, importDir, manifestFile))).model();
    }

    private Loader.Loaded loaded(SourceEntry entry, Path file) {
        Loader loader = loaders.get(entry.extractorId()).orElseThrow();
        Loader.Loaded loaded = loader.load(file, ImportFormat.of(file).orElseThrow(), context);
        if (!loaded.problems().isEmpty()) throw new ImportException(loaded.problems());
        return loaded;
    }

    /** A manifest entry's file: found under the import directory, of a format its loader reads. */
    private static Path fileOf(SourceEntry entry, Path importDir, Path manifestFile) {
        Path file = importDir.resolve(entry.fileName());
        if (!Files.isRegularFile(file)) {
            throw new SourceException(file, 0, "file not found; the manifest entry " + entry.iri() + " names it (wco:fileName)");
        }
        ImportFormat format = ImportFormat.of(file).orElseThrow(() -> new SourceException(file, 0,
                "unknown kind of file; expected one of " + ImportFormat.knownExtensions()));
        if (!format.loaderId().equals(entry.extractorId())) {
            throw new SourceException(manifestFile, 0, "source " + entry.iri() + " names the loader \"" + entry.extractorId()
                    + "\" but its file " + entry.fileName() + " is read by \"" + format.loaderId() + "\"");
        }
        return file;
    }
}
