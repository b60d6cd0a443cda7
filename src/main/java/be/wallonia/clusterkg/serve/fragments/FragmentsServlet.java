package be.wallonia.clusterkg.serve.fragments;

import be.wallonia.clusterkg.error.UserError;
import be.wallonia.clusterkg.format.MediaTypes;
import be.wallonia.clusterkg.serve.http.ErrorResponse;
import be.wallonia.clusterkg.serve.http.HttpCaching;
import be.wallonia.clusterkg.serve.http.Lazy;
import be.wallonia.clusterkg.serve.http.Publication;
import be.wallonia.clusterkg.serve.negotiate.Negotiated;
import be.wallonia.clusterkg.vocab.Hydra;
import be.wallonia.clusterkg.vocab.Iris;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Dataset;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.VOID;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code /fragments?subject=&predicate=&object=&page=}: the graph as Triple Pattern Fragments, the default graph the
 * SPARQL endpoint queries (the union of the named graphs) a page of {@value Fragment#PAGE_SIZE} triples at a time,
 * with the count of the pattern and the controls a client such as Comunica queries it by. A pattern is a single
 * look-up in the store's indexes, so fragments take no place in the SPARQL admission queue: the graph stays
 * queryable this way when the endpoint is busy. TriG (the default, metadata in a named graph of its own), N-Quads,
 * JSON-LD, Turtle or N-Triples by {@code Accept} or {@code ?format=}; ETag and Last-Modified of the build, and the
 * pages kept in memory for the build up to {@link #CACHED_BYTES}; 400 naming the parameter that cannot be read.
 */
public final class FragmentsServlet extends HttpServlet {
    public static final String PATH = "/" + Iris.FRAGMENTS_PATH;
    /** TriG first, as the Linked Data Fragments server: its named graph keeps the controls apart from the data. */
    private static final List<MediaTypes.Rdf> FORMATS = List.of(MediaTypes.TRIG, MediaTypes.N_QUADS, MediaTypes.JSON_LD,
            MediaTypes.TURTLE, MediaTypes.N_TRIPLES);

    /** The most bytes of pages kept per build: a few thousand pages of 100 triples. */
    static final long CACHED_BYTES = 16L << 20;

    private final Publication publication;
    private final Negotiated document;
    /**
     * The pages written for this build, by format and query string as sent (the page names itself by it): a client
     * asks for the first page of the same patterns again and again, the whole graph's first of all, and each costs
     * a scan of the pattern for its count.
     */
    private final Cache<String, byte[]> written = Caffeine.newBuilder().maximumWeight(CACHED_BYTES)
            .weigher((String key, byte[] body) -> body.length).build();
    /** The dataset's prefixes and Hydra's and VoID's: to read prefixed names in requests and to write pages. */
    private final Lazy<PrefixMapping> prefixes;

    public FragmentsServlet(Publication publication) {
        this.publication = publication;
        this.document = Negotiated.of(publication.iris(), Iris.FRAGMENTS_PATH, FORMATS, List.of());
        Dataset dataset = publication.dataset();
        this.prefixes = Lazy.of(() -> Txn.calculateRead(dataset, () -> PrefixMapping.Factory.create()
                .setNsPrefixes(dataset.getPrefixMapping()).setNsPrefix("hydra", Hydra.NS).setNsPrefix("void", VOID.NS)
                .lock()));
    }

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Negotiated.Variant> variant = document.choose(req, resp);
        if (variant.isEmpty()) return;
        TriplePattern pattern;
        int page;
        try {
            pattern = TriplePattern.parse(parameter(req, "subject"), parameter(req, "predicate"), parameter(req, "object"),
                    prefixes.get(), publication.iris());
            page = page(parameter(req, PageAddress.PAGE));
        } catch (UserError e) {
            ErrorResponse.send(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        PageAddress address = PageAddress.of(publication.iris(), req.getQueryString());
        String key = variant.get().cacheKey() + "?" + address.pageQuery();
        if (HttpCaching.notModified(req, resp, publication, key)) return;
        Dataset dataset = publication.dataset();
        byte[] body = written.get(key, k -> Txn.calculateRead(dataset, () -> FragmentDocument.of(
                Fragment.of(dataset.asDatasetGraph().getUnionGraph(), pattern, page), pattern, address, publication.iris())
                .write(variant.get().rdf(), prefixes.get())));
        resp.setContentType(variant.get().contentType());
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** A parameter given at most once. */
    private static String parameter(HttpServletRequest req, String name) {
        String[] values = req.getParameterValues(name);
        if (values != null && values.length > 1) throw new UserError(name + ": given " + values.length + " times, once at most");
        return values == null ? null : values[0];
    }

    private static int page(String value) {
        if (value == null || value.isEmpty()) return 1;
        int page;
        try {
            page = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            page = 0;
        }
        if (page < 1) throw new UserError(PageAddress.PAGE + ": a page number from 1, not " + value);
        return page;
    }
}
