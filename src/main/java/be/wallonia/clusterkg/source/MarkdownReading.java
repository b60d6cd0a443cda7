package be.wallonia.clusterkg.source;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A Markdown document read by commonmark-java (with GFM tables), line for line: each line of the file becomes the
 * line as read, without its markup ({@code **bold**} is "bold", a {@code ##} heading stays a heading, a list item
 * starts with its bullet or number, a table row's cells are separated by tabs), so that every fact keeps the line it
 * stands on. Code blocks and raw HTML are kept as they are written.
 */
final class MarkdownReading {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private MarkdownReading() {}

    static List<String> of(List<String> lines) {
        String[] reading = new String[lines.size()];
        Arrays.fill(reading, "");
        PARSER.parse(String.join("\n", lines)).accept(new AbstractVisitor() {
            @Override public void visit(Heading heading) {
                put(heading, "#".repeat(heading.getLevel()) + " " + text(heading));
            }

            @Override public void visit(Paragraph paragraph) {
                String marker = paragraph.getParent() instanceof ListItem item && item.getFirstChild() == paragraph
                        ? marker(item) : "";
                String[] texts = text(paragraph).split("\n", -1);
                List<SourceSpan> spans = paragraph.getSourceSpans();
                for (int k = 0; k < spans.size() && k < texts.length; k++) {
                    reading[spans.get(k).getLineIndex()] = (k == 0 ? marker : "") + texts[k];
                }
            }

            @Override public void visit(IndentedCodeBlock code) { verbatim(code); }

            @Override public void visit(FencedCodeBlock code) { verbatim(code); }

            @Override public void visit(HtmlBlock html) { verbatim(html); }

            @Override public void visit(CustomNode node) {
                if (node instanceof TableRow row) {
                    List<String> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) cells.add(text(cell));
                    }
                    put(row, String.join("\t", cells));
                } else {
                    visitChildren(node);
                }
            }

            private void put(Node block, String text) {
                if (!block.getSourceSpans().isEmpty()) reading[block.getSourceSpans().get(0).getLineIndex()] = text;
            }

            private void verbatim(Node block) {
                for (SourceSpan span : block.getSourceSpans()) reading[span.getLineIndex()] = lines.get(span.getLineIndex());
            }
        });
        return List.of(reading);
    }

    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) out.append(TEXT.render(child));
        return out.toString().strip();
    }

    private static String marker(ListItem item) {
        if (item.getParent() instanceof OrderedList list) {
            int index = 0;
            for (Node n = list.getFirstChild(); n != null && n != item; n = n.getNext()) index++;
            Integer start = list.getMarkerStartNumber();
            return ((start == null ? 1 : start) + index) + ". ";
        }
        return item.getParent() instanceof BulletList ? "\u2022 " : "";
    }
}
