package be.wallonia.clusterkg.extract;

import be.wallonia.clusterkg.extract.Extraction.Evidence;
import be.wallonia.clusterkg.extract.Extraction.FocusItem;
import be.wallonia.clusterkg.extract.Extraction.FocusKind;
import be.wallonia.clusterkg.extract.Extraction.NetworkKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A page about one network the graph knows: its own site's strategy page, a portal's or a platform's profile. The
 * network is the one its lines name most (by the graph's own labels, in either language); the lists that a heading
 * or the sentence before them introduces by a focus cue of the lexicon ("technological themes", "strategic axes",
 * "the following Areas:") are its themes, axes, segments or value chain, in the page's order. A page that names no
 * known network, or lists nothing so introduced, is not of this shape.
 */
final class NetworkPageExtractor implements Extractor {
    private final Lexicon lexicon;
    private final Function<String, List<String>> networkNames;

    /** @param networkNames the names of known networks a text holds, as the resolver finds them */
    NetworkPageExtractor(Lexicon lexicon, Function<String, List<String>> networkNames) {
        this.lexicon = lexicon;
        this.networkNames = networkNames;
    }

    @Override public String id() { return "network-page"; }

    @Override public String expectedShape() {
        return "a page about one known network, with lists its headings or the sentences before them introduce as "
                + "themes, axes, segments or value chain";
    }

    @Override public Extraction extract(Layout layout) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        for (Block block : layout.blocks()) {
            for (String name : networkNames.apply(block.text())) {
                lines.merge(name, 1, Integer::sum);
                firstLine.putIfAbsent(name, block.line());
            }
        }
        if (lines.isEmpty()) {
            throw new ExtractionException(layout, 1, "expected " + expectedShape() + "; found no known network");
        }
        String network = lines.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Map<String, String> cues = lexicon.suffixed("focus", layout.language());
        List<FocusItem> focus = new ArrayList<>();
        Block previous = null;
        for (Block block : layout.blocks()) {
            if (block instanceof Block.ItemList list && previous != null) {
                Optional<FocusKind> kind = Cues.find(previous.text(), List.copyOf(cues.keySet()))
                        .map(hit -> FocusKind.valueOf(cues.get(hit.cue())));
                if (kind.isPresent()) {
                    int rank = 1;
                    for (Block.Item item : list.items()) {
                        String text = Text.label(item.text().replaceFirst("[.;,]$", ""));
                        if (!text.isEmpty()) focus.add(new FocusItem(kind.get(), text, rank++, new Evidence(item.line())));
                    }
                }
            }
            previous = block;
        }
        if (focus.isEmpty()) {
            throw new ExtractionException(layout, firstLine.get(network), "expected " + expectedShape()
                    + "; found " + network + " but no list introduced as its themes, axes, segments or value chain");
        }
        Extraction.Builder out = new Extraction.Builder();
        out.networks.add(new Extraction.NetworkMention(network, Optional.empty(), NetworkKind.NETWORK, Optional.empty(),
                Optional.empty(), Optional.empty(), List.copyOf(focus), Optional.empty(), new Evidence(firstLine.get(network))));
        return out.build();
    }
}
