package be.wallonia.clusterkg.imports;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A member list read: one {@link Member} per good row, and every problem of the bad ones, each with its row and
 * column. Pure: {@link #parse} reads a {@link Table} against a {@link MemberVocabulary}.
 */
public record MemberList(Path file, List<Member> members, List<Problem> problems, List<Table.Row> badRows)
        implements Loader.Loaded {

    /** One organisation of a list, with the networks it belongs to. */
    public record Member(Path file, int row, String name, MemberVocabulary.Kind kind, List<String> networks,
                         Optional<LocalDate> since, Optional<String> nace, Optional<String> place,
                         Optional<URI> website, Optional<String> companyNumber) {}

    private static final List<DateTimeFormatter> DATES = java.util.stream.Stream.of("uuuu-MM-dd", "d/M/uuuu", "d.M.uuuu")
            .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT)).toList();

    public boolean hasProblems() { return !problems.isEmpty(); }

    /** The problems of the header (row 1): they make the whole file unusable, bad rows skipped or not. */
    public List<Problem> headerProblems() { return problems.stream().filter(p -> p.row() == 1).toList(); }

    public static MemberList parse(Table table, MemberVocabulary vocabulary) {
        Path file = table.file();
        List<Problem> problems = new ArrayList<>();
        Map<MemberColumn, Integer> columns = new EnumMap<>(MemberColumn.class);
        for (int i = 0; i < table.header().size(); i++) {
            String h = table.header().get(i);
            if (h.isBlank()) continue;
            Optional<MemberColumn> c = MemberColumn.ofHeader(h);
            if (c.isEmpty()) {
                problems.add(Problem.inCell(file, 1, i + 1, h, "unknown column \"" + h + "\"; expected one of "
                        + List.of(MemberColumn.values()).stream().map(MemberColumn::id).toList()));
            } else if (columns.putIfAbsent(c.get(), i) != null) {
                problems.add(Problem.inCell(file, 1, i + 1, h, "a second " + c.get().id() + " column; expected one"));
            }
        }
        for (MemberColumn c : MemberColumn.values()) {
            if (c.required() && !columns.containsKey(c)) {
                problems.add(Problem.at(file, 1, "no " + c.id() + " column; a member list needs name, kind and networks"));
            }
        }
        if (!problems.isEmpty()) return new MemberList(file, List.of(), problems, List.of());

        List<Member> members = new ArrayList<>();
        List<Table.Row> badRows = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            if (row.isBlank()) continue;
            RowReader r = new RowReader(file, row, table.header(), columns);
            Member m = r.member(vocabulary);
            if (r.problems.isEmpty()) {
                members.add(m);
            } else {
                problems.addAll(r.problems);
                badRows.add(row);
            }
        }
        return new MemberList(file, List.copyOf(members), List.copyOf(problems), List.copyOf(badRows));
    }

    /** Reads the cells of one row, collecting a problem for each bad one. */
    private static final class RowReader {
        final Path file;
        final Table.Row row;
        final List<String> header;
        final Map<MemberColumn, Integer> columns;
        final List<Problem> problems = new ArrayList<>();

        RowReader(Path file, Table.Row row, List<String> header, Map<MemberColumn, Integer> columns) {
            this.file = file;
            this.row = row;
            this.header = header;
            this.columns = columns;
        }

        String cell(MemberColumn c) {
            Integer i = columns.get(c);
            return i == null ? "" : row.cell(i);
        }

        void problem(MemberColumn c, String message) {
            int i = columns.get(c);
            problems.add(Problem.inCell(file, row.number(), i + 1, header.get(i), message));
        }

        Member member(MemberVocabulary vocabulary) {
            String name = cell(MemberColumn.NAME);
            if (name.isEmpty()) problem(MemberColumn.NAME, "no name; every row names an organisation");
            MemberVocabulary.Kind kind = null;
            String kindText = cell(MemberColumn.KIND);
            if (kindText.isEmpty()) {
                problem(MemberColumn.KIND, "no kind; expected company, SME, large enterprise, research centre, "
                        + "training centre, university or public body");
            } else {
                kind = vocabulary.kind(kindText).orElse(null);
                if (kind == null) problem(MemberColumn.KIND, "unknown kind \"" + kindText + "\"; expected company, SME, "
                        + "large enterprise, research centre, training centre, university or public body (or their French names)");
            }
            List<String> networks = new ArrayList<>();
            String networkText = cell(MemberColumn.NETWORKS);
            if (networkText.isEmpty()) problem(MemberColumn.NETWORKS, "no network; expected the slug or name of one or more networks, separated by ';'");
            for (String n : networkText.split("[;|]")) {
                if (n.isBlank()) continue;
                Optional<String> iri = vocabulary.network(n);
                if (iri.isEmpty()) problem(MemberColumn.NETWORKS, "unknown network \"" + n.strip()
                        + "\"; expected the slug (e.g. plastiwin) or a name of a network of the graph");
                else if (!networks.contains(iri.get())) networks.add(iri.get());
            }
            Optional<LocalDate> since = parsed(MemberColumn.SINCE, MemberList::date,
                    s -> "bad date \"" + s + "\"; expected YYYY-MM-DD or DD/MM/YYYY");
            Optional<String> nace = parsed(MemberColumn.NACE, vocabulary::nace,
                    s -> "unknown NACE code \"" + s + "\"; expected a code of NACE Rev. 2 such as 22.21");
            Optional<URI> website = parsed(MemberColumn.WEBSITE, MemberList::website,
                    s -> "bad website \"" + s + "\"; expected an http(s) address such as https://www.example.be");
            Optional<String> number = parsed(MemberColumn.COMPANY_NUMBER, CompanyNumber::parse, s -> "bad company number \"" + s
                    + "\"; expected a BCE/KBO number of ten digits whose last two are 97 minus the first eight modulo 97");
            if (!problems.isEmpty()) return null;
            return new Member(file, row.number(), name, kind, List.copyOf(networks), since, nace,
                    optional(MemberColumn.PLACE), website, number);
        }

        /** An optional cell read by {@code parse}; a cell it cannot read is a problem saying what was expected. */
        <T> Optional<T> parsed(MemberColumn c, Function<String, Optional<T>> parse, Function<String, String> problem) {
            return optional(c).flatMap(s -> {
                Optional<T> value = parse.apply(s);
                if (value.isEmpty()) problem(c, problem.apply(s));
                return value;
            });
        }

        Optional<String> optional(MemberColumn c) {
            String s = cell(c);
            return s.isEmpty() ? Optional.empty() : Optional.of(s);
        }
    }

    static Optional<LocalDate> date(String s) {
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(s, f));
            } catch (DateTimeParseException e) {
                // the next pattern may read it
            }
        }
        return Optional.empty();
    }

    static Optional<URI> website(String s) {
        String t = s.matches("(?i)^https?://.*") ? s : "https://" + s;
        try {
            URI uri = new URI(t);
            String host = uri.getHost();
            if (host == null || !host.contains(".") || !host.matches("[A-Za-z0-9.-]+")) return Optional.empty();
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The host of a website, lower case, without "www.": what two lists of the same organisation share. */
    static String host(URI website) {
        return website.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    }
}
