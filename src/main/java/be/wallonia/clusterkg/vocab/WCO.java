package be.wallonia.clusterkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the project's ontology ({@code ontology/clusterkg.ttl}) that the code writes or reads.
 * A test checks that every constant here is declared in that file, so the ontology stays the
 * single source of truth for the vocabulary.
 */
public final class WCO {
    public static final String NS = "https://w3id.org/wallonia-clusters/ontology#";
    public static final String ONTOLOGY_IRI = "https://w3id.org/wallonia-clusters/ontology";

    private WCO() {}

    private static Resource c(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    public static final Resource CompanyNetwork = c("CompanyNetwork");
    public static final Resource BusinessCluster = c("BusinessCluster");
    public static final Resource CompetitivenessCluster = c("CompetitivenessCluster");
    public static final Resource ActivityDomain = c("ActivityDomain");
    public static final Resource ThematicGroup = c("ThematicGroup");
    public static final Resource Sector = c("Sector");
    public static final Resource StrategicAxis = c("StrategicAxis");
    public static final Resource Theme = c("Theme");
    public static final Resource Segment = c("Segment");
    public static final Resource ValueChainRole = c("ValueChainRole");
    public static final Resource Programme = c("Programme");
    public static final Resource PublicAuthority = c("PublicAuthority");
    public static final Resource ActorKind = c("ActorKind");
    public static final Resource Definition = c("Definition");
    public static final Resource Characteristic = c("Characteristic");
    public static final Resource Mission = c("Mission");
    public static final Resource Advantage = c("Advantage");
    public static final Resource DistinguishingFeature = c("DistinguishingFeature");
    public static final Resource MembershipStatistics = c("MembershipStatistics");
    public static final Resource MemberShare = c("MemberShare");
    public static final Resource SourceDocument = c("SourceDocument");
    public static final Resource ImportedFile = c("ImportedFile");
    public static final Resource DerivationRule = c("DerivationRule");
    public static final Resource Passage = c("Passage");
    public static final Resource SectorAlignment = c("SectorAlignment");
    public static final Resource ComplementarityRelation = c("ComplementarityRelation");
    public static final Resource HorizontalComplementarity = c("HorizontalComplementarity");
    public static final Resource VerticalComplementarity = c("VerticalComplementarity");

    public static final Property activityDomain = p("activityDomain");
    public static final Property sector = p("sector");
    public static final Property thematicGroup = p("thematicGroup");
    public static final Property hasStrategicAxis = p("hasStrategicAxis");
    public static final Property hasTheme = p("hasTheme");
    public static final Property hasSegment = p("hasSegment");
    public static final Property hasValueChainRole = p("hasValueChainRole");
    public static final Property gathersActorKind = p("gathersActorKind");
    public static final Property actorClass = p("actorClass");
    public static final Property recognisedUnder = p("recognisedUnder");
    public static final Property hasMission = p("hasMission");
    public static final Property hasAdvantage = p("hasAdvantage");
    public static final Property hasDistinguishingFeature = p("hasDistinguishingFeature");
    public static final Property hasDefinition = p("hasDefinition");
    public static final Property hasCharacteristic = p("hasCharacteristic");
    public static final Property partOfProgramme = p("partOfProgramme");
    public static final Property portal = p("portal");
    public static final Property statisticsOf = p("statisticsOf");
    public static final Property hasShare = p("hasShare");
    public static final Property memberKind = p("memberKind");
    public static final Property shareUnit = p("shareUnit");
    public static final Property evidence = p("evidence");
    public static final Property inDocument = p("inDocument");
    public static final Property translationOf = p("translationOf");
    public static final Property alignmentOf = p("alignmentOf");
    public static final Property alignedSector = p("alignedSector");
    public static final Property party = p("party");
    public static final Property upstreamParty = p("upstreamParty");
    public static final Property downstreamParty = p("downstreamParty");

    public static final Property slug = p("slug");
    public static final Property quote = p("quote");
    public static final Property mentions = p("mentions");
    public static final Property lineNumber = p("lineNumber");
    public static final Property extractor = p("extractor");
    public static final Property fileName = p("fileName");
    public static final Property recognisedNetworkCount = p("recognisedNetworkCount");
    public static final Property memberCount = p("memberCount");
    public static final Property memberCountIsLowerBound = p("memberCountIsLowerBound");
    public static final Property evidencedStatements = p("evidencedStatements");
    public static final Property quotedPassages = p("quotedPassages");
    public static final Property synthetic = p("synthetic");
    public static final Property memberSince = p("memberSince");
    public static final Property companyNumber = p("companyNumber");
    public static final Property shareCount = p("shareCount");
    public static final Property mainActivity = p("mainActivity");
    public static final Property shareValue = p("shareValue");
    public static final Property referenceDate = p("referenceDate");
    public static final Property startYear = p("startYear");
    public static final Property purposeStatement = p("purposeStatement");
    public static final Property visionStatement = p("visionStatement");
    public static final Property coverageClaim = p("coverageClaim");
    public static final Property rank = p("rank");
    public static final Property justification = p("justification");
}
