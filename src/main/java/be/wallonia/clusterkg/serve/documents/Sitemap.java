package be.wallonia.clusterkg.serve.documents;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.serve.http.Publication;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code /sitemap.xml} (sitemaps.org): the site's pages, then the document {@code {base}doc/…} of every thing
 * {@code {base}id/…} the dataset says something about — but passages and extractors, which are evidence and
 * machinery rather than pages of their own. Every {@code lastmod} is the day of the build.
 */
final class Sitemap {
    static final String PATH = "/sitemap.xml";
    static final String CONTENT_TYPE = "application/xml; charset=utf-8";
    /** The sitemaps.org limit of URLs in one file. */
    static final int MAX_URLS = 50_000;
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final List<String> PAGES = List.of("", "ui", "coverage", "ontology", "void", "dumps/");
    private static final List<String> EXCLUDED = List.of("passage/", "extractor/");

    private Sitemap() {}

    static String xml(Publication publication) {
        String base = publication.iris().base();
        String lastmod = publication.builtAt().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        Set<String> documents = documents(publication);
        if (PAGES.size() + documents.size() > MAX_URLS) {
            throw new IllegalStateException("more than " + MAX_URLS + " URLs: the sitemap needs an index");
        }
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NS);
            xml.writeCharacters("\n");
            for (String page : PAGES) url(xml, base + page, lastmod);
            for (String document : documents) url(xml, document, lastmod);
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sitemap", e);
        }
        return out.toString();
    }

    /** The {@code {base}doc/…} of each IRI under {@code {base}id/} that is the subject of a triple, sorted. */
    private static Set<String> documents(Publication publication) {
        Iris iris = publication.iris();
        return Txn.calculateRead(publication.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            Iterator<Quad> quads = publication.dataset().asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (quads.hasNext()) {
                Node s = quads.next().getSubject();
                if (!s.isURI()) continue;
                iris.kindAndSlug(s.getURI()).filter(k -> EXCLUDED.stream().noneMatch(k::startsWith))
                        .ifPresent(k -> out.add(iris.documentIri(k)));
            }
            return out;
        });
    }

    /** An IRI as a URI: its non-ASCII characters percent-encoded in UTF-8, as sitemaps.org asks. */
    static String asciiUri(String iri) {
        StringBuilder out = new StringBuilder();
        for (byte b : iri.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            if (b >= 0) out.append((char) b);
            else out.append('%').append(String.format("%02X", b & 0xff));
        }
        return out.toString();
    }

    private static void url(XMLStreamWriter xml, String loc, String lastmod) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(asciiUri(loc));
        xml.writeEndElement();
        xml.writeStartElement("lastmod");
        xml.writeCharacters(lastmod);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }
}
