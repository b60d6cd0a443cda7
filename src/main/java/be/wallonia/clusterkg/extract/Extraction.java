package be.wallonia.clusterkg.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What an extractor read in one document: plain records of text and numbers, each with the line it
 * came from. Turning names into IRIs is the assembler's job, not the extractor's.
 */
public record Extraction(
        List<NetworkMention> networks,
        List<ListedItem> items,
        List<StatedText> statements,
        List<NetworkCount> counts,
        List<MemberStatistics> statistics,
        List<PolicyEvent> timeline,
        List<AuthorityMention> authorities,
        List<PortalMention> portals,
        List<DomainItem> domainLists) {

    /** Where a fact stands in its document (1-based line). */
    public record Evidence(int line) {}

    public enum NetworkKind { BUSINESS_CLUSTER, COMPETITIVENESS_CLUSTER, NETWORK }

    public enum FocusKind { STRATEGIC_AXIS, THEME, SEGMENT, VALUE_CHAIN_ROLE }

    public record FocusItem(FocusKind kind, String text, int rank, Evidence evidence) {}

    /**
     * A network named by the document.
     * @param actorText the part of the description that names who the network gathers, to be matched
     *                  against the actor kinds
     */
    public record NetworkMention(String name, Optional<String> expansion, NetworkKind kind,
                                 Optional<String> domain, Optional<Group> group, Optional<String> description,
                                 List<FocusItem> focus, Optional<String> actorText, Evidence evidence) {}

    /** A thematic group, with the heading that names it. */
    public record Group(String name, Evidence evidence) {}

    /** A date a document states, with where it stands. */
    public record StatedDate(LocalDate date, Evidence evidence) {}

    public enum ItemRole { CHARACTERISTIC, MISSION, ADVANTAGE, DISTINGUISHING_FEATURE }

    /** An item of a list with a role (a mission, an advantage…); {@code about} names its subject when the text does. */
    public record ListedItem(ItemRole role, Optional<String> about, String text, int rank, Evidence evidence) {}

    public enum TextRole { DEFINITION, PURPOSE, VISION, COVERAGE_CLAIM }

    public record StatedText(TextRole role, String text, Evidence evidence) {}

    /** "14 clusters are recognised": how many networks of the kind {@code noun} names. */
    public record NetworkCount(String noun, int count, Evidence evidence) {}

    public record Share(String memberPhrase, BigDecimal percent, Evidence evidence) {}

    public record MemberStatistics(OptionalInt memberCount, boolean lowerBound, List<Share> shares,
                                   Optional<StatedDate> date, Evidence evidence) {}

    public record PolicyEvent(String name, int year, Evidence evidence) {}

    public record AuthorityMention(String name, Optional<String> unit, Optional<String> parent, Evidence evidence) {}

    public record PortalMention(String url, Evidence evidence) {}

    /** An item of a numbered list of activity domains introduced by a count ("The 6 competitiveness clusters are:"). */
    public record DomainItem(String noun, String text, int rank, Evidence evidence) {}

    /** How many facts of each kind the extraction holds: items and statements by their role. */
    public java.util.SortedMap<String, Integer> factsByKind() {
        java.util.SortedMap<String, Integer> kinds = new java.util.TreeMap<>();
        java.util.function.BiConsumer<String, Integer> put = (k, n) -> { if (n > 0) kinds.merge(k, n, Integer::sum); };
        put.accept("networks", networks.size());
        put.accept("network focus items", networks.stream().mapToInt(n -> n.focus().size()).sum());
        items.forEach(i -> put.accept(i.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "s", 1));
        statements.forEach(s -> put.accept(s.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "s", 1));
        put.accept("network counts", counts.size());
        put.accept("member statistics", statistics.size());
        put.accept("policy events", timeline.size());
        put.accept("authorities", authorities.size());
        put.accept("portals", portals.size());
        put.accept("activity domains", domainLists.size());
        return kinds;
    }

    /** How many records it holds, of every kind: which of two extractions reads more of a document. */
    public int size() {
        return factsByKind().values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean isEmpty() {
        return networks.isEmpty() && items.isEmpty() && statements.isEmpty() && counts.isEmpty()
                && statistics.isEmpty() && timeline.isEmpty() && authorities.isEmpty() && portals.isEmpty()
                && domainLists.isEmpty();
    }

    /** Collects the records of one document; extractors add to it, then {@link #build()}. */
    public static final class Builder {
        final List<NetworkMention> networks = new ArrayList<>();
        final List<ListedItem> items = new ArrayList<>();
        final List<StatedText> statements = new ArrayList<>();
        final List<NetworkCount> counts = new ArrayList<>();
        final List<MemberStatistics> statistics = new ArrayList<>();
        final List<PolicyEvent> timeline = new ArrayList<>();
        final List<AuthorityMention> authorities = new ArrayList<>();
        final List<PortalMention> portals = new ArrayList<>();
        final List<DomainItem> domainLists = new ArrayList<>();

        public Extraction build() {
            return new Extraction(List.copyOf(networks), List.copyOf(items), List.copyOf(statements),
                    List.copyOf(counts), List.copyOf(statistics), List.copyOf(timeline),
                    List.copyOf(authorities), List.copyOf(portals), List.copyOf(domainLists));
        }
    }
}
