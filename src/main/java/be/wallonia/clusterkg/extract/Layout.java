package be.wallonia.clusterkg.extract;

import be.wallonia.clusterkg.source.Corrections;
import be.wallonia.clusterkg.source.SourceText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document cut into blocks: headings, paragraphs (one per line: the documents are web-page text
 * exports), bulleted, dashed and numbered lists, and tab-separated tables. Page noise named by the
 * lexicon (logo file names, "Print this page") is dropped here, so no extractor ever sees it.
 */
public record Layout(SourceText source, List<Block> blocks) {
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^[\u2022*\u00B7]\\s*(.+)$");
    private static final Pattern DASH = Pattern.compile("^[\u2013\u2014-]\\s+(.+)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[.)]\\s+(.+)$");
    private static final int MAX_HEADING_WORDS = 10;
    private static final int MIN_WORDS_BESIDE_IMAGE = 4;

    public String language() { return source.entry().language(); }

    /** The lines of text the blocks hold (a list's items and a table's rows each on theirs), in order. */
    public List<Integer> textLines() {
        List<Integer> lines = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.ItemList list) list.items().forEach(i -> lines.add(i.line()));
            else if (b instanceof Block.Table table) table.rows().forEach(r -> lines.add(r.line()));
            else lines.add(b.line());
        }
        return lines;
    }

    /** The passage a fact was read from: the line as it stands in the file. */
    public String quote(int line) { return source.line(line).stripTrailing(); }

    public static Layout of(SourceText source, Lexicon lexicon, Corrections corrections) {
        List<Pattern> noise = lexicon.patterns("noise-line.regex");
        List<Pattern> images = lexicon.patterns("image-token.regex");
        List<String> lines = source.reading();
        List<String> cleaned = new ArrayList<>(lines.size());
        List<String> corrected = new ArrayList<>(lines.size());
        for (String raw : lines) {
            String line = corrections.apply(source.entry().fileName(), raw);
            corrected.add(line);
            cleaned.add(cleanLine(line, noise, images));
        }

        List<Block> blocks = new ArrayList<>();
        List<Block.Item> items = new ArrayList<>();
        Block.ListStyle style = null;
        List<Block.Row> rows = new ArrayList<>();
        int headings = 0;
        for (int i = 0; i < cleaned.size(); i++) {
            String t = cleaned.get(i);
            int lineNo = i + 1;
            boolean isRow = t != null && corrected.get(i).contains("\t");
            Optional<Block.ListStyle> itemStyle = t == null ? Optional.empty() : listStyle(t);
            if (!rows.isEmpty() && !isRow) {
                blocks.add(new Block.Table(rows.get(0).line(), List.copyOf(rows)));
                rows.clear();
            }
            if (!items.isEmpty() && (itemStyle.isEmpty() || itemStyle.get() != style)) {
                blocks.add(new Block.ItemList(items.get(0).line(), style, List.copyOf(items)));
                items.clear();
            }
            if (t == null) continue;
            if (isRow) {
                rows.add(new Block.Row(lineNo, cells(corrected.get(i), images)));
            } else if (itemStyle.isPresent()) {
                style = itemStyle.get();
                items.add(new Block.Item(lineNo, itemText(t)));
            } else {
                Matcher md = MARKDOWN_HEADING.matcher(t);
                if (md.matches()) {
                    headings++;
                    blocks.add(new Block.Heading(lineNo, md.group(1).length(), Text.clean(md.group(2))));
                } else if (looksLikeHeading(t, cleaned, i)) {
                    blocks.add(new Block.Heading(lineNo, headings++ == 0 ? 1 : 2, t));
                } else {
                    blocks.add(new Block.Paragraph(lineNo, t));
                }
            }
        }
        if (!rows.isEmpty()) blocks.add(new Block.Table(rows.get(0).line(), List.copyOf(rows)));
        if (!items.isEmpty()) blocks.add(new Block.ItemList(items.get(0).line(), style, List.copyOf(items)));
        return new Layout(source, List.copyOf(blocks));
    }

    /** The line's text without noise, or null when nothing of it is data. */
    private static String cleanLine(String raw, List<Pattern> noise, List<Pattern> images) {
        String t = Text.clean(raw.replace("**", ""));
        boolean hadImage = false;
        for (Pattern p : images) {
            Matcher m = p.matcher(t);
            if (m.find()) {
                hadImage = true;
                t = Text.clean(m.replaceAll(" "));
            }
        }
        if (t.isEmpty()) return null;
        if (hadImage && t.split(" ").length < MIN_WORDS_BESIDE_IMAGE) return null;
        String content = itemText(t);
        for (Pattern p : noise) {
            if (p.matcher(t).matches() || p.matcher(content).matches()) return null;
        }
        return t;
    }

    private static Optional<Block.ListStyle> listStyle(String t) {
        if (BULLET.matcher(t).matches()) return Optional.of(Block.ListStyle.BULLET);
        if (DASH.matcher(t).matches()) return Optional.of(Block.ListStyle.DASH);
        if (NUMBERED.matcher(t).matches()) return Optional.of(Block.ListStyle.NUMBERED);
        return Optional.empty();
    }

    private static String itemText(String t) {
        for (Pattern p : List.of(BULLET, DASH, NUMBERED)) {
            Matcher m = p.matcher(t);
            if (m.matches()) return Text.clean(m.group(1));
        }
        return t;
    }

    private static List<String> cells(String line, List<Pattern> images) {
        String[] parts = line.stripTrailing().split("\t+", -1);
        List<String> cells = new ArrayList<>();
        for (String p : parts) {
            String cell = p.replace("**", "");
            for (Pattern image : images) cell = image.matcher(cell).replaceAll(" ");
            cells.add(Text.clean(cell));
        }
        return cells;
    }

    /** Words, not counting tokens of punctuation only (the spaced guillemets of French). */
    private static long words(String t) {
        return java.util.Arrays.stream(t.split(" ")).filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit)).count();
    }

    /** A short line standing alone, with no sentence punctuation, reads as a heading. */
    private static boolean looksLikeHeading(String t, List<String> cleaned, int i) {
        boolean aloneBefore = i == 0 || cleaned.get(i - 1) == null;
        boolean aloneAfter = i + 1 >= cleaned.size() || cleaned.get(i + 1) == null;
        return aloneBefore && aloneAfter
                && words(t) <= MAX_HEADING_WORDS
                && !t.contains(":") && !t.contains("://")
                && !t.matches(".*[.;,]$")
                && Character.isLetterOrDigit(t.codePointAt(0)) && !Character.isLowerCase(t.codePointAt(0));
    }
}
