package be.wallonia.clusterkg.imports;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.vocab.WCO;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * The triples of one member list: each organisation ({@code org:Organization} and the class of its kind) with
 * its name, company number, website, place and main activity, and one {@code org:Membership} per network it
 * belongs to, at {@code {base}id/membership/{organisation-slug}--{network-slug}}, with the date it started. Pure.
 */
public final class MemberGraph {

    private MemberGraph() {}

    public static Model of(MemberList list, Organisations organisations, MemberVocabulary vocabulary, Iris iris) {
        Model m = ModelFactory.createDefaultModel();
        for (MemberList.Member member : list.members()) {
            String orgIri = organisations.iri(member);
            Resource org = m.createResource(orgIri)
                    .addProperty(RDF.type, ORG.Organization)
                    .addProperty(RDF.type, m.createResource(member.kind().actorClass()))
                    .addProperty(RDFS.label, member.name());
            member.companyNumber().ifPresent(n -> org.addProperty(WCO.companyNumber, n));
            member.website().ifPresent(w -> org.addProperty(FOAF.homepage, m.createResource(w.toString())));
            member.place().ifPresent(p -> org.addProperty(SchemaDO.address, p));
            member.nace().ifPresent(n -> org.addProperty(WCO.mainActivity, m.createResource(n)));
            String orgSlug = slug(orgIri);
            for (String network : member.networks()) {
                Resource membership = m.createResource(iris.id("membership", orgSlug + "--" + slug(network)))
                        .addProperty(RDF.type, ORG.Membership)
                        .addProperty(ORG.member, org)
                        .addProperty(ORG.organization, m.createResource(network))
                        .addProperty(RDFS.label, member.name() + " in " + vocabulary.networkLabel(network), "en")
                        .addProperty(RDFS.label, member.name() + " dans " + vocabulary.networkLabel(network), "fr");
                member.since().ifPresent(d -> membership.addProperty(WCO.memberSince,
                        m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate)));
            }
        }
        return m;
    }

    static String slug(String iri) { return iri.substring(iri.lastIndexOf('/') + 1); }
}
