package be.wallonia.clusterkg.serve.documents;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The period the dataset's dated facts fall in, its {@code dcterms:temporal}: from the earliest to the latest value
 * of the ontology's properties whose range is a date, a month or a year (a decree adopted on a day, a plan adopted in
 * a month, a programme started in a year, membership counted on a reference date), in whichever graph states them. Computed from the graph rather
 * than stated, so that a source with other dates moves it.
 *
 * @param start the earliest value, as the graph states it ("2000"^^xsd:gYear)
 * @param end the value whose period ends last ("2024-07-01"^^xsd:date)
 */
record TemporalCoverage(Node start, Node end) {
    private static final Set<String> DATED = Set.of(XSDDatatype.XSDdate.getURI(), XSDDatatype.XSDgYear.getURI(),
            XSDDatatype.XSDgYearMonth.getURI());

    /** A value, with the first and the last day it stands for. */
    private record Dated(Node value, LocalDate first, LocalDate last) {}

    /** The coverage of what the dataset states, or none when it states no date. */
    static Optional<TemporalCoverage> of(DatasetGraph dataset, Node ontologyGraph) {
        List<Dated> dated = dataset.getGraph(ontologyGraph).find(Node.ANY, RDFS.range.asNode(), Node.ANY).toList().stream()
                .filter(range -> range.getObject().isURI() && DATED.contains(range.getObject().getURI()))
                .map(Triple::getSubject).distinct()
                .flatMap(p -> dataset.stream(Node.ANY, Node.ANY, p, Node.ANY)).map(Quad::getObject)
                .flatMap(o -> dated(o).stream()).toList();
        if (dated.isEmpty()) return Optional.empty();
        Dated first = dated.stream().min(Comparator.comparing(Dated::first)).orElseThrow();
        Dated last = dated.stream().max(Comparator.comparing(Dated::last)).orElseThrow();
        return Optional.of(new TemporalCoverage(first.value(), last.value()));
    }

    private static Optional<Dated> dated(Node o) {
        if (!o.isLiteral() || !DATED.contains(o.getLiteralDatatypeURI())
                || !o.getLiteralDatatype().isValid(o.getLiteralLexicalForm())) return Optional.empty();
        XSDDateTime v = (XSDDateTime) o.getLiteralValue();
        if (o.getLiteralDatatype().equals(XSDDatatype.XSDgYear)) {
            return Optional.of(new Dated(o, LocalDate.of(v.getYears(), 1, 1), LocalDate.of(v.getYears(), 12, 31)));
        }
        if (o.getLiteralDatatype().equals(XSDDatatype.XSDgYearMonth)) {
            LocalDate month = LocalDate.of(v.getYears(), v.getMonths(), 1);
            return Optional.of(new Dated(o, month, month.withDayOfMonth(month.lengthOfMonth())));
        }
        LocalDate day = LocalDate.of(v.getYears(), v.getMonths(), v.getDays());
        return Optional.of(new Dated(o, day, day));
    }
}
