package be.wallonia.clusterkg.extract;

import be.wallonia.clusterkg.extract.Extraction.Evidence;
import be.wallonia.clusterkg.extract.Extraction.ItemRole;
import be.wallonia.clusterkg.extract.Extraction.TextRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pages of headed sections: a short heading line, then paragraphs and bulleted lists. A heading's
 * words give the section its role (missions, advantages, differences, purpose, vision, definition);
 * a list of "NAME: the … cluster" items is a list of networks wherever it stands.
 */
final class HeadedSectionsExtractor implements Extractor {
    private static final Pattern NAMED_ITEM = Pattern.compile("^(.{2,60}?)\\s*[:,]\\s+(.+)$");

    private static final int SHORT_PARAGRAPH_WORDS = 12;

    private final Lexicon lexicon;

    HeadedSectionsExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override public String id() { return "headed-sections"; }

    @Override public String expectedShape() {
        return "headed sections: short heading lines, each followed by paragraphs or bulleted lists";
    }

    private record Section(Optional<Block.Heading> heading, List<Block> blocks) {}

    @Override public Extraction extract(Layout layout) {
        String lang = layout.language();
        List<Section> sections = sections(layout.blocks());
        if (sections.stream().noneMatch(s -> s.heading().isPresent() && !s.blocks().isEmpty())) {
            throw new ExtractionException(layout, 1, "expected " + expectedShape() + "; found no heading followed by text");
        }
        CommonRules rules = new CommonRules(lexicon, lang);
        NetworkPhrases phrases = new NetworkPhrases(lexicon, lang);
        Map<String, String> roles = lexicon.suffixed("section", lang);
        List<String> definitionCues = lexicon.values("definition-cue", lang);
        Extraction.Builder out = new Extraction.Builder();

        for (Section section : sections) {
            String role = section.heading()
                    .flatMap(h -> Cues.find(h.text(), List.copyOf(roles.keySet())))
                    .map(hit -> roles.get(hit.cue())).orElse("");
            section.heading().ifPresent(h -> rules.counts(h.text(), h.line(), out));
            Block previous = section.heading().orElse(null);
            List<Block.Paragraph> paragraphs = new ArrayList<>();
            for (Block block : section.blocks()) {
                if (block instanceof Block.Paragraph p) {
                    paragraphs.add(p);
                    if (!role.equals("vision") && !role.equals("purpose")) rules.general(p.text(), p.line(), out);
                    if (Cues.contains(p.text(), definitionCues)) definition(p, paragraphs, out);
                } else if (block instanceof Block.ItemList list) {
                    boolean introducesDefinition = previous instanceof Block.Paragraph p
                            && Cues.contains(p.text(), definitionCues);
                    if (introducesDefinition) {
                        items(list, ItemRole.CHARACTERISTIC, out);
                    } else if (role.equals("missions")) {
                        items(list, ItemRole.MISSION, out);
                    } else if (role.equals("advantages")) {
                        items(list, ItemRole.ADVANTAGE, out);
                    } else {
                        networks(list, phrases, out);
                    }
                }
                previous = block;
            }
            if (role.equals("vision") || role.equals("purpose")) {
                statement(role.equals("vision") ? TextRole.VISION : TextRole.PURPOSE, paragraphs, out);
            } else if (role.equals("differences")) {
                for (Block.Paragraph p : paragraphs) {
                    out.items.add(new Extraction.ListedItem(ItemRole.DISTINGUISHING_FEATURE,
                            Optional.of(p.text()), p.text(), paragraphs.indexOf(p) + 1, new Evidence(p.line())));
                }
            }
        }
        Extraction result = out.build();
        if (result.isEmpty()) {
            throw new ExtractionException(layout, 1, "expected " + expectedShape()
                    + " whose headings name their role (e.g. missions, advantages) or lists of networks; found nothing to extract");
        }
        return result;
    }

    /** The paragraph that introduces a definition's characteristics; a short one ("A cluster is characterised by:") with the sentence before it. */
    private static void definition(Block.Paragraph cue, List<Block.Paragraph> before, Extraction.Builder out) {
        String text = cue.text();
        int line = cue.line();
        if (text.split(" ").length < SHORT_PARAGRAPH_WORDS && before.size() > 1) {
            Block.Paragraph previous = before.get(before.size() - 2);
            text = previous.text() + " " + text;
            line = previous.line();
        }
        out.statements.add(new Extraction.StatedText(TextRole.DEFINITION, text, new Evidence(line)));
    }

    private static List<Section> sections(List<Block> blocks) {
        List<Section> sections = new ArrayList<>();
        Block.Heading heading = null;
        List<Block> body = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) {
                if (heading != null || !body.isEmpty()) sections.add(new Section(Optional.ofNullable(heading), List.copyOf(body)));
                heading = h;
                body.clear();
            } else {
                body.add(b);
            }
        }
        sections.add(new Section(Optional.ofNullable(heading), List.copyOf(body)));
        return sections;
    }

    private static void items(Block.ItemList list, ItemRole role, Extraction.Builder out) {
        int rank = 1;
        for (Block.Item item : list.items()) {
            out.items.add(new Extraction.ListedItem(role, Optional.empty(), Text.label(item.text()), rank++,
                    new Evidence(item.line())));
        }
    }

    private static void statement(TextRole role, List<Block.Paragraph> paragraphs, Extraction.Builder out) {
        if (paragraphs.isEmpty()) return;
        String text = String.join(" ", paragraphs.stream().map(Block.Paragraph::text).toList());
        out.statements.add(new Extraction.StatedText(role, text, new Evidence(paragraphs.get(0).line())));
    }

    /** "CAP 2020: the construction cluster", "TWEED, Le cluster des technologies …". */
    private static void networks(Block.ItemList list, NetworkPhrases phrases, Extraction.Builder out) {
        for (Block.Item item : list.items()) {
            Matcher m = NAMED_ITEM.matcher(item.text());
            if (!m.matches()) continue;
            Optional<NetworkPhrases.KindHit> kind = phrases.kind(m.group(2));
            if (kind.isEmpty()) continue;
            NetworkPhrases.Name name = phrases.name(m.group(1));
            out.networks.add(new Extraction.NetworkMention(name.name(), name.expansion(), kind.get().kind(),
                    phrases.domainAround(m.group(2), kind.get()), Optional.empty(), Optional.of(Text.label(item.text())),
                    List.of(), Optional.empty(), new Evidence(item.line())));
        }
    }
}
