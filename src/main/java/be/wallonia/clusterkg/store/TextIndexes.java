package be.wallonia.clusterkg.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The full-text index (jena-text, Lucene) of a build: labels, alternative labels and descriptions in
 * every language, folded so that case and accents do not count ("energie" finds "Énergie").
 * Query it in SPARQL with {@code text:query}: {@code (?s ?score) text:query (rdfs:label "energie")}.
 */
public final class TextIndexes {
    public static final String DIRECTORY = "lucene";
    static final String ENTITY_FIELD = "uri";
    static final String LABEL_FIELD = "label";
    static final String DESCRIPTION_FIELD = "description";
    static final String LANG_FIELD = "lang";
    static final String GRAPH_FIELD = "graph";

    private TextIndexes() {}

    /** A text-indexed view of a build's database: writes through it also index. */
    public static Dataset over(Dataset tdb, Path buildDir) {
        return TextDatasetFactory.create(tdb, open(buildDir), true);
    }

    /** A build's text index on its own, for a writer that feeds it without a text dataset around the database. */
    static TextIndex open(Path buildDir) {
        try {
            return TextDatasetFactory.createLuceneIndex(FSDirectory.open(buildDir.resolve(DIRECTORY)), config());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index in " + buildDir.resolve(DIRECTORY), e);
        }
    }

    static TextIndexConfig config() {
        EntityDefinition entities = new EntityDefinition(ENTITY_FIELD, LABEL_FIELD, RDFS.label);
        entities.set(LABEL_FIELD, SKOS.prefLabel.asNode());
        entities.set(LABEL_FIELD, SKOS.altLabel.asNode());
        entities.set(LABEL_FIELD, SKOS.hiddenLabel.asNode());
        entities.set(DESCRIPTION_FIELD, DCTerms.description.asNode());
        entities.set(DESCRIPTION_FIELD, SKOS.definition.asNode());
        entities.setLangField(LANG_FIELD);
        entities.setGraphField(GRAPH_FIELD);
        TextIndexConfig config = new TextIndexConfig(entities);
        config.setAnalyzer(new FoldingAnalyzer());
        config.setQueryAnalyzer(new FoldingAnalyzer());
        config.setValueStored(true);
        return config;
    }

    /**
     * Words, French elisions dropped ("l’énergie" is "énergie"), lower-cased, accents folded to ASCII, then reduced to
     * their stem by French (plurals) and English (Porter) stemming, since one field holds both languages: "recycling"
     * and "recycled" share "recycl", "énergie" and "energy" "energi". The same analysis for indexing and for queries;
     * a prefix query ({@code recycl*}) is only folded ({@link #normalize}).
     */
    /** A word as the index keeps it: folded and stemmed ("Recycled" → "recycl"), for what marks a search's matches. */
    public static String stem(String word) {
        try (TokenStream tokens = STEMMER.tokenStream(LABEL_FIELD, word)) {
            org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
                    tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            tokens.reset();
            String stem = tokens.incrementToken() ? term.toString() : "";
            tokens.end();
            return stem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One analyzer for every stem: it keeps its token streams per thread. */
    private static final Analyzer STEMMER = new FoldingAnalyzer();

    static final class FoldingAnalyzer extends Analyzer {
        @Override protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer,
                    new PorterStemFilter(new FrenchMinimalStemFilter(normalize(fieldName, tokenizer))));
        }

        @Override protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES)));
        }
    }
}
