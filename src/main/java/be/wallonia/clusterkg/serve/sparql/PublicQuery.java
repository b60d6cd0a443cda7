package be.wallonia.clusterkg.serve.sparql;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.web.HttpSC;

import java.time.Duration;

/**
 * Fuseki's query service with what a public endpoint adds to it:
 * <ul>
 *   <li>a ceiling on the rows of an answer: a query asking for more, or with no LIMIT, is answered with its
 *       first rows only, as if it had said {@code LIMIT max} (the way public endpoints such as DBpedia's cap
 *       their answers); ASK is unaffected, CONSTRUCT and DESCRIBE are capped on the solutions they build from;</li>
 *   <li>a query stopped at the timeout is the query's doing, not the server's: 422 with the limit, where
 *       Fuseki says 503, which tells a client to come back later with the same query, and a load balancer
 *       that the server is failing;</li>
 *   <li>a query nesting groups or brackets deeper than {@value #MAX_NESTING} is a bad request (400), not a server
 *       error: counted before parsing, since whether the parser's recursion overflows a thread's stack first depends
 *       on the stack and on what the JIT has compiled (a parse that overflows anyway gets the same answer).</li>
 * </ul>
 */
public final class PublicQuery extends SPARQL_QueryDataset {
    private static final String TOO_DEEP = "The query nests groups or brackets too deeply to be read here.";
    /** Far past any query a person writes, well short of what the parser's recursion survives. */
    static final int MAX_NESTING = 256;
    private final long maxRows;
    private final Duration timeout;

    public PublicQuery(long maxRows, Duration timeout) {
        if (maxRows <= 0) throw new IllegalArgumentException("the result row limit must be positive");
        this.maxRows = maxRows;
        this.timeout = timeout;
    }

    @Override protected void execute(String queryString, HttpAction action) {
        if (nesting(queryString) > MAX_NESTING) ServletOps.errorBadRequest(TOO_DEEP);
        try {
            super.execute(queryString, action);
        } catch (QueryCancelledException e) {
            ServletOps.error(HttpSC.UNPROCESSABLE_ENTITY_422, "Query timed out: it ran past this server's limit of "
                    + timeout.toSeconds() + " s and was stopped. Narrow it (fewer unbound patterns, a more selective"
                    + " first pattern); a LIMIT does not shorten a query that must see every row to answer.");
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest(TOO_DEEP);
        } catch (ActionErrorException e) {
            // the parser reports its own stack overflow as a parse error named for the Java error
            if (e.getMessage() != null && e.getMessage().contains(StackOverflowError.class.getSimpleName())) {
                ServletOps.errorBadRequest(TOO_DEEP);
            }
            throw e;
        }
    }

    /** The deepest nesting of { and ( in a query text, outside its strings and comments. */
    public static int nesting(String query) {
        int depth = 0, deepest = 0;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '"' || c == '\'') {
                String quote = query.startsWith(String.valueOf(c).repeat(3), i) ? String.valueOf(c).repeat(3) : String.valueOf(c);
                int end = i + quote.length();
                while (end < query.length() && !query.startsWith(quote, end)) end += query.charAt(end) == '\\' ? 2 : 1;
                i = end + quote.length() - 1;
            } else if (c == '#') {
                while (i < query.length() && query.charAt(i) != '\n') i++;
            } else if (c == '{' || c == '(') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == '}' || c == ')') {
                depth--;
            }
        }
        return deepest;
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
