package be.wallonia.clusterkg.extract;

import java.util.List;

/** A unit of a document's layout. Line numbers are 1-based lines of the source file. */
public sealed interface Block {
    int line();

    /** The text of the block, items and cells joined, for rules that read any block. */
    String text();

    record Heading(int line, int level, String text) implements Block {}

    record Paragraph(int line, String text) implements Block {}

    enum ListStyle { BULLET, DASH, NUMBERED }

    record Item(int line, String text) {}

    record ItemList(int line, ListStyle style, List<Item> items) implements Block {
        public String text() {
            return String.join("; ", items.stream().map(Item::text).toList());
        }
    }

    record Row(int line, List<String> cells) {}

    record Table(int line, List<Row> rows) implements Block {
        public String text() {
            return String.join("; ", rows.stream().map(r -> String.join(" ", r.cells())).toList());
        }
    }
}
