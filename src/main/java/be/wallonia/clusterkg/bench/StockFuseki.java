package be.wallonia.clusterkg.bench;

import be.wallonia.clusterkg.store.Database;
import be.wallonia.clusterkg.store.TextIndexes;
import org.apache.commons.io.file.PathUtils;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * What the stock Fuseki server is given to serve: a copy of a build (TDB2 locks a database to one process, Lucene
 * its index) and an assembler configuration serving it as {@code serve} does, so that both answer the same queries
 * with the same work: read-only, the union of the named graphs as default graph, and the build's text index with
 * the analysis {@link TextIndexes} indexed it with. Without the index, stock Fuseki's {@code text:query} finds no
 * index, logs a warning and matches nothing, which is no work at all.
 */
final class StockFuseki {
    static final String CONFIG = "config.ttl";

    private StockFuseki() {}

    /** Copies a build's database and text index into {@code dir} (emptied first) and writes the configuration there. */
    static Path prepare(Path build, Path dir) throws IOException {
        if (Files.exists(dir)) PathUtils.deleteDirectory(dir);
        Files.createDirectories(dir);
        for (String part : new String[] {Database.DIRECTORY, TextIndexes.DIRECTORY}) {
            PathUtils.copyDirectory(build.resolve(part), dir.resolve(part));
        }
        Path config = dir.resolve(CONFIG);
        Files.writeString(config, config(dir.toAbsolutePath()));
        return config;
    }

    /**
     * The configuration of the copy in {@code dir}. The analysis lower-cases before it drops French elisions, where
     * {@link TextIndexes} drops them first but ignoring case: the same tokens, with the case-sensitive article set
     * that jena-text's assembler makes; then the same French and English stemming.
     */
    static String config(Path dir) {
        String articles = FrenchAnalyzer.DEFAULT_ARTICLES.stream()
                .map(a -> "\"" + new String((char[]) a) + "\"").sorted().collect(Collectors.joining(" "));
        return """
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
                PREFIX text:   <http://jena.apache.org/text#>
                PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
                PREFIX dcterms: <http://purl.org/dc/terms/>

                <#service> a fuseki:Service ; fuseki:name "ds" ;
                  fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                  fuseki:dataset <#indexed> .
                <#indexed> a text:TextDataset ; text:dataset <#dataset> ; text:index <#index> .
                <#dataset> a tdb2:DatasetTDB2 ; tdb2:location "%s" ; tdb2:unionDefaultGraph true .
                <#index> a text:TextIndexLucene ;
                  text:directory <%s> ;
                  text:storeValues true ;
                  text:entityMap <#entities> ;
                  text:defineAnalyzers ( [ text:defineFilter <#elision> ;
                      text:filter [ a text:GenericFilter ; text:class "org.apache.lucene.analysis.util.ElisionFilter" ;
                        text:params ( [ text:paramName "articles" ; text:paramType text:TypeSet ; text:paramValue ( %s ) ] ) ] ]
                    [ text:defineFilter <#french> ;
                      text:filter [ a text:GenericFilter ; text:class "org.apache.lucene.analysis.fr.FrenchMinimalStemFilter" ] ]
                    [ text:defineFilter <#porter> ;
                      text:filter [ a text:GenericFilter ; text:class "org.apache.lucene.analysis.en.PorterStemFilter" ] ] ) ;
                  text:analyzer <#folding> ;
                  text:queryAnalyzer <#folding> .
                <#folding> a text:ConfigurableAnalyzer ; text:tokenizer text:StandardTokenizer ;
                  text:filters ( text:LowerCaseFilter <#elision> text:ASCIIFoldingFilter <#french> <#porter> ) .
                <#entities> a text:EntityMap ;
                  text:entityField "uri" ; text:defaultField "label" ; text:langField "lang" ; text:graphField "graph" ;
                  text:map ( [ text:field "label" ; text:predicate rdfs:label ]
                             [ text:field "label" ; text:predicate skos:prefLabel ]
                             [ text:field "label" ; text:predicate skos:altLabel ]
                             [ text:field "label" ; text:predicate skos:hiddenLabel ]
                             [ text:field "description" ; text:predicate dcterms:description ]
                             [ text:field "description" ; text:predicate skos:definition ] ) .
                """.formatted(dir.resolve(Database.DIRECTORY), dir.resolve(TextIndexes.DIRECTORY).toUri(), articles);
    }
}
