package be.wallonia.clusterkg.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A member list as a table of strings: the header, then the rows, each with its number as a spreadsheet shows it
 * (the header is row 1). The CSV and xlsx readers are the I/O edge; {@link MemberList} reads the cells.
 */
public record Table(Path file, List<String> header, List<Row> rows) {

    public record Row(int number, List<String> cells) {
        public String cell(int index) { return index < cells.size() ? cells.get(index).strip() : ""; }

        public boolean isBlank() { return cells.stream().allMatch(String::isBlank); }
    }

    /** Reads a CSV (comma or semicolon separated, as spreadsheets export it) or the first sheet of an .xlsx file. */
    public static Table read(Path file, ImportFormat format) {
        try {
            return switch (format) {
                case CSV -> csv(file);
                case XLSX -> xlsx(file);
                default -> throw new IllegalArgumentException(format + " is not a table format");
            };
        } catch (IOException | UncheckedIOException e) {
            throw new ImportException(List.of(Problem.at(file, 0, "cannot be read: " + e.getMessage())));
        }
    }

    private static Table csv(Path file) throws IOException {
        char delimiter = delimiter(file);
        List<Row> rows = new ArrayList<>();
        List<String> header = List.of();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(in)) {
            for (CSVRecord r : parser) {
                List<String> cells = r.toList();
                if (r.getRecordNumber() == 1) {
                    header = cells.stream().map(c -> c.replace("\uFEFF", "").strip()).toList();
                } else {
                    rows.add(new Row((int) r.getRecordNumber(), cells));
                }
            }
        }
        return new Table(file, header, rows);
    }

    /** A semicolon-separated file (the default export of spreadsheets set to French) has more ';' than ',' in its header. */
    private static char delimiter(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            if (first == null) return ',';
            return first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
        }
    }

    private static Table xlsx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
             ReadableWorkbook book = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            Sheet sheet = book.getFirstSheet();
            List<Row> rows = new ArrayList<>();
            List<String> header = null;
            try (Stream<org.dhatim.fastexcel.reader.Row> stream = sheet.openStream()) {
                for (var r : (Iterable<org.dhatim.fastexcel.reader.Row>) stream::iterator) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < r.getCellCount(); i++) cells.add(text(r.getCell(i)));
                    if (header == null) header = cells.stream().map(String::strip).toList();
                    else rows.add(new Row(r.getRowNum(), cells));
                }
            }
            return new Table(file, header == null ? List.of() : header, rows);
        }
    }

    /** A cell as the sheet shows it; a date as an ISO date, whatever its display format. */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) return "";
        if (cell.getType() == CellType.NUMBER && isDateFormat(cell.getDataFormatString())) {
            return cell.asDate().toLocalDate().toString();
        }
        if (cell.getType() == CellType.NUMBER) return cell.asNumber().stripTrailingZeros().toPlainString();
        return cell.getText();
    }

    private static boolean isDateFormat(String format) {
        if (format == null) return false;
        String f = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
        return f.contains("d") && f.contains("y") || f.contains("yy") || f.contains("mmm");
    }
}
