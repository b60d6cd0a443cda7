package be.wallonia.clusterkg.cookbook;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The cookbook of example SPARQL queries: the {@code .rq} files of a directory ({@value #DIRECTORY} at the
 * project root) or of the classpath folder {@value #CLASSPATH_FOLDER}, in the order of their names.
 *
 * <p>Each file is named {@code NN-short-name.rq} (two digits, then lower-case words joined by hyphens) and opens
 * with a comment block whose lines {@code # title: …}, {@code # question: …}, {@code # audience: …} and
 * {@code # reading: …} describe the query, and {@code # needs: …} says what it needs beyond the graph (a federated
 * query needs the internet); the title and the question are required. The query follows the block.
 * Other files of the directory (a README, the {@code expected/} folder) are not part of the cookbook.
 */
public final class Cookbook {
    /** The directory the cookbook is read from by default, relative to the working directory. */
    public static final String DIRECTORY = "queries";
    /** The classpath folder the build copies the cookbook to. */
    public static final String CLASSPATH_FOLDER = "queries";
    public static final String EXTENSION = ".rq";

    private static final Pattern FILE_NAME = Pattern.compile("[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*\\.rq");
    private static final Pattern FIELD_LINE = Pattern.compile("# (title|question|audience|reading|needs):(.*)");

    private enum Field { TITLE, QUESTION, AUDIENCE, READING, NEEDS }

    private Cookbook() {}

    /** The cookbook of the directory {@value #DIRECTORY} of the working directory. */
    public static List<CookbookQuery> fromDirectory() {
        return fromDirectory(Path.of(DIRECTORY));
    }

    /** The cookbook of a directory: its {@code .rq} files (not those of its subdirectories), by name. */
    public static List<CookbookQuery> fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) throw new CookbookException(directory + ": no such cookbook directory");
        List<Path> files;
        try (Stream<Path> entries = Files.list(directory)) {
            files = entries.filter(p -> p.getFileName().toString().endsWith(EXTENSION))
                    .filter(Files::isRegularFile)
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new CookbookException(directory + ": cannot list the cookbook directory: " + e.getMessage(), e);
        }
        List<CookbookQuery> queries = new ArrayList<>();
        for (Path file : files) queries.add(parse(file.getFileName().toString(), read(file)));
        return List.copyOf(queries);
    }

    /** The cookbook packaged in the classpath folder {@value #CLASSPATH_FOLDER}. */
    public static List<CookbookQuery> fromClasspath() {
        return fromClasspath(Cookbook.class.getClassLoader());
    }

    /** The cookbook in the classpath folder {@value #CLASSPATH_FOLDER} of a class loader, in a directory or a jar. */
    public static List<CookbookQuery> fromClasspath(ClassLoader loader) {
        return fromClasspath(loader, CLASSPATH_FOLDER);
    }

    /**
     * The queries of any classpath folder of a class loader, in a directory or a jar, read as cookbook files: the
     * build's derivation rules are written the same way.
     */
    public static List<CookbookQuery> fromClasspath(ClassLoader loader, String folder) {
        URL url = loader.getResource(folder);
        if (url == null) throw new CookbookException("classpath: no folder " + folder + "/");
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new CookbookException("classpath: cannot read " + url + ": " + e.getMessage(), e);
        }
        if ("file".equals(uri.getScheme())) return fromDirectory(Path.of(uri));
        if ("jar".equals(uri.getScheme())) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return fromDirectory(jar.getPath(folder));
            } catch (FileSystemAlreadyExistsException e) {
                return fromDirectory(FileSystems.getFileSystem(uri).getPath(folder));
            } catch (IOException e) {
                throw new CookbookException("classpath: cannot open " + uri + ": " + e.getMessage(), e);
            }
        }
        throw new CookbookException("classpath: cannot list " + url + " (neither a directory nor a jar)");
    }

    /**
     * Reads one query file's text.
     *
     * @param fileName the file's name, {@code NN-short-name.rq}; the query's name is its stem
     * @throws CookbookException naming the file and the line expected, when the name is not of that form, the
     *                           header block has no title or question line (or one of them twice, or empty), or
     *                           no query follows the header
     */
    public static CookbookQuery parse(String fileName, String text) {
        if (!FILE_NAME.matcher(fileName).matches()) {
            throw new CookbookException(fileName + ": a cookbook file is named NN-short-name" + EXTENSION
                    + " (two digits, a hyphen, lower-case words joined by hyphens)");
        }
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = content.split("\r\n|\n|\r", -1);
        Map<Field, String> fields = new EnumMap<>(Field.class);
        int n = 0;
        for (; n < lines.length && lines[n].startsWith("#"); n++) {
            Matcher m = FIELD_LINE.matcher(lines[n]);
            if (!m.matches()) continue;
            Field field = Field.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            String value = m.group(2).strip();
            if (value.isEmpty()) {
                throw new CookbookException(fileName + ":" + (n + 1) + ": empty " + key(field) + "; expected the line "
                        + expectedLine(field));
            }
            if (fields.putIfAbsent(field, value) != null) {
                throw new CookbookException(fileName + ":" + (n + 1) + ": a second " + key(field)
                        + " line; the header has one line " + expectedLine(field));
            }
        }
        for (Field required : List.of(Field.TITLE, Field.QUESTION)) {
            if (!fields.containsKey(required)) {
                throw new CookbookException(fileName + ": no " + key(required) + " line; expected the line "
                        + expectedLine(required) + " in the comment block that opens the file");
            }
        }
        boolean hasQuery = false;
        for (int i = n; i < lines.length && !hasQuery; i++) hasQuery = !lines[i].isBlank() && !lines[i].startsWith("#");
        if (!hasQuery) {
            throw new CookbookException(fileName + ": no query after the header; expected a SPARQL query after the"
                    + " comment block");
        }
        return new CookbookQuery(fileName.substring(0, fileName.length() - EXTENSION.length()),
                fields.get(Field.TITLE), fields.get(Field.QUESTION),
                fields.getOrDefault(Field.AUDIENCE, ""), fields.getOrDefault(Field.READING, ""),
                fields.getOrDefault(Field.NEEDS, ""), text);
    }

    private static String key(Field field) {
        return field.name().toLowerCase(Locale.ROOT);
    }

    private static String expectedLine(Field field) {
        return "'# " + key(field) + ": …'";
    }

    private static String read(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new CookbookException(file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new CookbookException(file + ": cannot read: " + e.getMessage(), e);
        }
    }
}
