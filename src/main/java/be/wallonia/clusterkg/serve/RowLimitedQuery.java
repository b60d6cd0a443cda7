package be.wallonia.clusterkg.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's query service with a ceiling on the rows of an answer: a query asking for more, or with no
 * LIMIT, is answered with its first rows only, as if it had said {@code LIMIT max} (the way public
 * endpoints such as DBpedia's cap their answers). ASK is unaffected; CONSTRUCT and DESCRIBE are capped on
 * the solutions they build from.
 */
final class RowLimitedQuery extends SPARQL_QueryDataset {
    private final long maxRows;

    RowLimitedQuery(long maxRows) {
        if (maxRows <= 0) throw new IllegalArgumentException("the result row limit must be positive");
        this.maxRows = maxRows;
    }

    @Override protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight() == null ? query : decided.getRight();
        if (q.isAskType() || (q.hasLimit() && q.getLimit() <= maxRows)) return decided;
        Query capped = q == query ? q.cloneQuery() : q;
        capped.setLimit(maxRows);
        return Pair.create(decided.getLeft(), capped);
    }
}
