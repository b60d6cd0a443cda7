package be.wallonia.clusterkg.extract;

import be.wallonia.clusterkg.extract.Extraction.Evidence;
import be.wallonia.clusterkg.extract.Extraction.NetworkKind;

import java.util.List;
import java.util.Optional;

/**
 * Pages that list networks in a tab-separated table (name, field of activity), with the paragraphs
 * around it: counts, member statistics and their date, and the line naming the page's sources.
 */
final class NetworkTableExtractor implements Extractor {
    private static final int COLUMNS = 2;

    private final Lexicon lexicon;

    NetworkTableExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override public String id() { return "network-table"; }

    @Override public String expectedShape() {
        return "a tab-separated table of networks, one per line: name<TAB>field of activity";
    }

    @Override public Extraction extract(Layout layout) {
        String lang = layout.language();
        CommonRules rules = new CommonRules(lexicon, lang);
        NetworkPhrases phrases = new NetworkPhrases(lexicon, lang);
        Extraction.Builder out = new Extraction.Builder();
        Optional<Extraction.StatedDate> memberDate = Optional.empty();
        NetworkKind kind = NetworkKind.NETWORK;
        boolean sawTable = false;
        for (Block block : layout.blocks()) {
            if (block instanceof Block.Table table) {
                sawTable = true;
                rows(layout, table, kind, phrases, lexicon.valuesInAnyLanguage("table-header"), out);
                continue;
            }
            rules.general(block.text(), block.line(), out);
            rules.authorities(block.text(), block.line(), out);
            if (memberDate.isEmpty()) {
                memberDate = rules.memberDate(block.text()).map(d -> new Extraction.StatedDate(d, new Evidence(block.line())));
            }
            if (!sawTable && block instanceof Block.Heading h) {
                kind = phrases.kind(h.text()).map(NetworkPhrases.KindHit::kind).orElse(kind);
            }
        }
        if (!sawTable) {
            throw new ExtractionException(layout, layout.blocks().isEmpty() ? 1 : layout.blocks().get(0).line(),
                    "expected " + expectedShape() + "; found no line with a tab");
        }
        Optional<Extraction.StatedDate> date = memberDate;
        out.statistics.replaceAll(s -> new Extraction.MemberStatistics(s.memberCount(), s.lowerBound(), s.shares(),
                date, s.evidence()));
        return out.build();
    }

    /**
     * Data rows have two cells; a row with a single cell is a column header, and so is a first row whose every cell
     * is a word of the lexicon's table headers ("Cluster | Domaine").
     */
    private static void rows(Layout layout, Block.Table table, NetworkKind kind, NetworkPhrases phrases,
                             List<String> headerWords, Extraction.Builder out) {
        for (Block.Row row : table.rows()) {
            List<String> cells = row.cells().stream().filter(c -> !c.isEmpty()).toList();
            if (cells.size() == 1 && row.cells().get(0).isEmpty()) continue;
            if (row == table.rows().get(0) && cells.stream().allMatch(c -> headerWords.stream()
                    .anyMatch(w -> Text.key(w).equals(Text.key(c))))) continue;
            if (cells.size() != COLUMNS) {
                throw new ExtractionException(layout, row.line(), "expected " + COLUMNS
                        + " tab-separated columns (network name, field of activity); found " + cells.size()
                        + ": " + String.join(" | ", cells));
            }
            NetworkPhrases.Name name = phrases.name(cells.get(0));
            out.networks.add(new Extraction.NetworkMention(name.name(), name.expansion(), kind,
                    Optional.of(Text.label(cells.get(1))), Optional.empty(), Optional.empty(), List.of(),
                    Optional.empty(), new Evidence(row.line())));
        }
    }
}
