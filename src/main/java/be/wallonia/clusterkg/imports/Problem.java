package be.wallonia.clusterkg.imports;

import java.nio.file.Path;

/**
 * One thing wrong in an imported file: where (the row of a table, the header being row 1, or the line of an RDF
 * file; 0 when no place applies), in which column (0 and no name when none applies) and what was expected.
 */
public record Problem(Path file, Place place, int number, int column, String columnName, String message) {
    public enum Place { ROW, LINE }

    /** A problem in a cell of a table. */
    public static Problem inCell(Path file, int row, int column, String columnName, String message) {
        return new Problem(file, Place.ROW, row, column, columnName, message);
    }

    /** A problem of a whole row of a table, or of the whole file (row 0). */
    public static Problem at(Path file, int row, String message) { return new Problem(file, Place.ROW, row, 0, "", message); }

    /** A problem the RDF parser found at a line and column. */
    public static Problem atLine(Path file, int line, int column, String message) {
        return new Problem(file, Place.LINE, line, column, "", message);
    }

    public int row() { return place == Place.ROW ? number : 0; }

    public String toText() {
        StringBuilder s = new StringBuilder(file.toString());
        if (number > 0) s.append(": ").append(place == Place.ROW ? "row " : "line ").append(number);
        if (!columnName.isEmpty()) s.append(", column ").append(columnName);
        else if (column > 0) s.append(", column ").append(column);
        return s.append(": ").append(message).toString();
    }
}
