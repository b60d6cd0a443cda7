package be.wallonia.clusterkg.source;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An HTML page read by jsoup as the lines of its text, one block a line, as a reader of the page sees it: headings
 * as {@code #} headings of their level, list items with their bullet or number, table rows with their cells
 * separated by tabs, a definition list's terms and descriptions as "term: description", paragraphs; blocks apart
 * by an empty line, a list's items and a table's rows together. Scripts, styles, navigation, headers, footers,
 * forms and hidden parts are not the page's text and are dropped.
 */
final class HtmlReading {
    private static final String DROPPED = "script, style, noscript, template, nav, header, footer, aside, form, button,"
            + " iframe, svg, canvas, [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo]";
    private static final Set<String> TEXT_BLOCKS = Set.of("p", "blockquote", "pre", "address", "figcaption", "caption",
            "summary", "td", "th", "dd", "dt");
    private static final Set<String> INLINE = Set.of("span", "font", "a", "strong", "em", "b", "i", "u", "abbr", "code",
            "small", "sup", "sub", "label", "time", "mark", "q", "cite", "img");

    private HtmlReading() {}

    static List<String> of(String html) {
        Document page = Jsoup.parse(html);
        page.select(DROPPED).remove();
        List<String> out = new ArrayList<>();
        String title = page.title().strip();
        if (page.body().select("h1").isEmpty() && !title.isEmpty()) block(out, List.of("# " + title));
        blocks(page.body(), out);
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
        return List.copyOf(out);
    }

    private static void blocks(Element parent, List<String> out) {
        StringBuilder loose = new StringBuilder();
        for (Node node : parent.childNodes()) {
            if (node instanceof TextNode text) {
                loose.append(text.text());
                continue;
            }
            if (!(node instanceof Element e)) continue;
            String tag = e.normalName();
            if (INLINE.contains(tag)) {
                loose.append(e.text()).append(' ');
                continue;
            }
            flush(loose, out);
            if (tag.equals("br")) continue;
            if (tag.matches("h[1-6]")) {
                block(out, List.of("#".repeat(tag.charAt(1) - '0') + " " + e.text()));
            } else if (tag.equals("ul") || tag.equals("ol")) {
                block(out, items(e));
            } else if (tag.equals("table")) {
                List<String> rows = new ArrayList<>();
                for (Element row : e.select("tr")) {
                    rows.add(String.join("\t", row.select("> th, > td").eachText()));
                }
                block(out, rows);
            } else if (tag.equals("dl")) {
                List<String> pairs = new ArrayList<>();
                String term = null;
                for (Element child : e.children()) {
                    if (child.normalName().equals("dt")) term = child.text();
                    else if (child.normalName().equals("dd")) pairs.add(term == null ? child.text() : term + ": " + child.text());
                }
                block(out, pairs);
            } else if (TEXT_BLOCKS.contains(tag) && e.select("ul, ol, table, h1, h2, h3, h4, h5, h6, p, div").isEmpty()) {
                block(out, List.of(e.text()));
            } else {
                blocks(e, out);
            }
        }
        flush(loose, out);
    }

    /** A list's items, each with its bullet or number; a nested list follows its item, indented by nothing. */
    private static List<String> items(Element list) {
        List<String> lines = new ArrayList<>();
        int number = list.normalName().equals("ol") && list.hasAttr("start") ? parseStart(list.attr("start")) : 1;
        for (Element li : list.children()) {
            if (!li.normalName().equals("li")) continue;
            Element own = li.clone();
            own.select("ul, ol").remove();
            String text = own.text().strip();
            if (!text.isEmpty()) lines.add((list.normalName().equals("ol") ? number + ". " : "\u2022 ") + text);
            number++;
            for (Element nested : li.select("> ul, > ol")) lines.addAll(items(nested));
        }
        return lines;
    }

    private static int parseStart(String start) {
        try {
            return Integer.parseInt(start.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static void flush(StringBuilder loose, List<String> out) {
        String text = loose.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) block(out, List.of(text));
        loose.setLength(0);
    }

    /** The lines of one block, after an empty line; a block with no text adds nothing. */
    private static void block(List<String> out, List<String> lines) {
        List<String> kept = lines.stream().map(l -> l.replace('\u00A0', ' ').replaceAll(" {2,}", " ").replaceAll("^ +| +$", ""))
                .filter(l -> !l.isBlank()).toList();
        if (kept.isEmpty()) return;
        if (!out.isEmpty()) out.add("");
        out.addAll(kept);
    }
}
