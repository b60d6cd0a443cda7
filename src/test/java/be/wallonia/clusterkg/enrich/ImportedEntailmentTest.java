package be.wallonia.clusterkg.enrich;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.assemble.Assembly;
import be.wallonia.clusterkg.assemble.DatasetAssembler;
import be.wallonia.clusterkg.generate.Generator;
import be.wallonia.clusterkg.generate.SyntheticPlan;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Imported graphs entailed one at a time, with the rest of the data as context, give what the whole data held at once gives. */
class ImportedEntailmentTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    @TempDir static Path tmp;
    static Iris iris;
    static InferredGraphs.Enrichment whole;
    static InferredGraphs.Enrichment oneAtATime;

    @BeforeAll
    static void enrichBothWays() {
        Path data = Generator.generate(DatasetAssembler.DEFAULT_DATA, SyntheticPlan.of(1, 5), tmp.resolve("data")).out();
        DatasetAssembler assembler = DatasetAssembler.create().dataDir(data).build();
        iris = assembler.iris();
        Assembly assembly = assembler.assemble();

        Dataset all = DatasetFactory.create();
        assembly.dataset().listModelNames().forEachRemaining(g -> all.addNamedModel(g, assembly.dataset().getNamedModel(g)));
        assembly.importedFiles().forEach(f -> all.addNamedModel(f.graphIri(), f.read()));
        whole = InferredGraphs.standard().enrich(all, iris, NOW);

        InferredGraphs inference = InferredGraphs.standard();
        InferredGraphs.Imported imported = inference.forImports(assembly.dataset(), iris);
        assembly.importedFiles().forEach(f -> imported.add(f.graphIri(), f.read()));
        oneAtATime = inference.enrich(assembly.dataset(), iris, NOW, imported);
    }

    @Test void everyRuleEntailsTheSameTriples() {
        assertEquals(whole.counts(), oneAtATime.counts());
        whole.byRule().forEach((rule, triples) ->
                assertTrue(triples.isIsomorphicWith(oneAtATime.byRule().get(rule)), "rule " + rule));
    }

    @Test void theImportedMembersGetTheirEntailedTypes() {
        long members = oneAtATime.byRule().get("cax-sco").listStatements().filterKeep(s ->
                s.getSubject().getURI().startsWith(iris.base() + "id/member/member")).toList().size();
        assertTrue(members > 100, "synthetic members typed by cax-sco: " + members);
    }

    @Test void eachInferredGraphNamesTheSameGraphsItUsed() {
        assertEquals(whole.graphs().keySet(), oneAtATime.graphs().keySet());
        whole.graphs().forEach((g, m) -> assertTrue(m.isIsomorphicWith(oneAtATime.graphs().get(g)), g));
    }
}
