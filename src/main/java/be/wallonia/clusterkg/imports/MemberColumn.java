package be.wallonia.clusterkg.imports;

import be.wallonia.clusterkg.source.Tsv;

import be.wallonia.clusterkg.extract.Text;

import java.nio.file.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a member list. The header names each accepts, in English and French, are data:
 * {@code member-list-columns.tsv} next to this class.
 */
public enum MemberColumn {
    NAME("name", true), KIND("kind", true), NETWORKS("networks", true), SINCE("since", false), NACE("nace", false),
    PLACE("place", false), WEBSITE("website", false), COMPANY_NUMBER("company-number", false);

    private static final String HEADERS_FILE = "member-list-columns.tsv";
    private static final Map<String, MemberColumn> BY_HEADER = readHeaders();

    private final String id;
    private final boolean required;

    MemberColumn(String id, boolean required) {
        this.id = id;
        this.required = required;
    }

    public String id() { return id; }

    public boolean required() { return required; }

    /** The column a header names, matched without regard to case, accents, spaces or punctuation. */
    public static Optional<MemberColumn> ofHeader(String header) {
        return Optional.ofNullable(BY_HEADER.get(key(header)));
    }

    private static String key(String header) {
        return Text.key(header).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static Map<String, MemberColumn> readHeaders() {
        Map<String, MemberColumn> byHeader = new HashMap<>();
        try (InputStream in = MemberColumn.class.getResourceAsStream(HEADERS_FILE)) {
            if (in == null) throw new IllegalStateException("missing resource " + HEADERS_FILE + " next to " + MemberColumn.class.getName());
            for (Tsv.Row row : Tsv.parse(Path.of(HEADERS_FILE), new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                if (row.cell(0).equals("column")) continue;
                MemberColumn column = Arrays.stream(values()).filter(c -> c.id.equals(row.cell(0))).findFirst()
                        .orElseThrow(() -> new IllegalStateException(HEADERS_FILE + ":" + row.line() + " names an unknown column: " + row.cell(0)));
                for (String h : row.cell(1).split("\\|")) byHeader.put(key(h), column);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byHeader;
    }
}
