package be.wallonia.clusterkg.imports;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.extract.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rows of the member lists are one organisation, and its IRI {@code {base}id/organisation/{slug}}: rows
 * with the same company number are one (slug {@code be-{number}}); a row without a number is the organisation
 * of the same normalised name and website host, the one with a number if any row of that name and host has one
 * (slug {@code {name}-{host}} otherwise). Pure: from the members of every list to their IRIs and the matches made.
 */
public final class Organisations {
    /** Rows found to be one organisation, and on what ground. */
    public record Match(String iri, String name, String ground, List<String> rows) {
        public String toText() {
            return iri + " (" + name + "): " + String.join(", ", rows) + " — " + ground;
        }
    }

    private final Map<MemberList.Member, String> iris;
    private final List<Match> matches;

    private Organisations(Map<MemberList.Member, String> iris, List<Match> matches) {
        this.iris = iris;
        this.matches = matches;
    }

    public String iri(MemberList.Member m) { return iris.get(m); }

    /** Each organisation named by more than one row, with its rows: the merges the build made. */
    public List<Match> matches() { return matches; }

    public static Organisations identify(List<MemberList> lists, Iris iris) {
        Map<String, String> numberByNameAndHost = new HashMap<>();
        for (MemberList list : lists) {
            for (MemberList.Member m : list.members()) {
                m.companyNumber().ifPresent(n -> numberByNameAndHost.putIfAbsent(nameAndHost(m), n));
            }
        }
        Map<MemberList.Member, String> byMember = new LinkedHashMap<>();
        Map<String, List<MemberList.Member>> byIri = new LinkedHashMap<>();
        Map<String, String> grounds = new HashMap<>();
        for (MemberList list : lists) {
            for (MemberList.Member m : list.members()) {
                String number = m.companyNumber().orElse(numberByNameAndHost.get(nameAndHost(m)));
                String slug = number != null ? "be-" + number : nameAndHostSlug(m);
                String iri = iris.id("organisation", slug);
                byMember.put(m, iri);
                List<MemberList.Member> same = byIri.computeIfAbsent(iri, k -> new ArrayList<>());
                if (!same.isEmpty()) {
                    String ground = m.companyNumber().isPresent() && same.get(0).companyNumber().isPresent()
                            ? "same company number " + CompanyNumber.display(number)
                            : "same name and website" + (number == null ? "" : ", company number " + CompanyNumber.display(number)
                                    + " from the row that gives it");
                    grounds.merge(iri, ground, (a, b) -> a.equals(b) ? a : a + "; " + b);
                }
                same.add(m);
            }
        }
        List<Match> matches = new ArrayList<>();
        byIri.forEach((iri, members) -> {
            if (members.size() < 2) return;
            matches.add(new Match(iri, members.get(0).name(), grounds.get(iri),
                    members.stream().map(m -> m.file().getFileName() + " row " + m.row()).toList()));
        });
        return new Organisations(byMember, List.copyOf(matches));
    }

    private static String nameAndHost(MemberList.Member m) {
        return Text.key(m.name()).replaceAll("[^\\p{L}\\p{N}]", "") + "|" + m.website().map(MemberList::host).orElse("");
    }

    private static String nameAndHostSlug(MemberList.Member m) {
        String name = Text.slug(m.name());
        return m.website().map(w -> name + "-" + Text.slug(MemberList.host(w))).orElse(name);
    }
}
