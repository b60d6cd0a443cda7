package be.wallonia.clusterkg;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of the house that the compiler does not check, read from the sources as a newcomer would. */
class ArchitectureTest {
    private static final Path ROOT = Path.of("src/main/java/be/wallonia/clusterkg");
    private static final String PREFIX = "be.wallonia.clusterkg.";
    private static final Path IRI_SCHEME = ROOT.resolve("vocab/Iris.java");
    private static final int MAX_FILES_PER_PACKAGE = 25;

    /** Adding a path to a base, or a literal that starts one of the scheme's paths: IRIs built by hand. */
    private static final Pattern IRI_BY_HAND = Pattern.compile(
            "(?i)\\bbase(\\(\\))?\\s*\\+\\s*\"[a-z]|\"/?(id|doc|graph)/");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?be\\.wallonia\\.clusterkg\\.([a-z0-9.]+)\\.[A-Z]", Pattern.MULTILINE);

    private static Map<Path, String> sources() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            Map<Path, String> out = new TreeMap<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) out.put(f, Files.readString(f));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String packageOf(Path file) {
        return ROOT.relativize(file.getParent()).toString().replace('/', '.');
    }

    /** The code without its comments and with its string literals kept: what the program does, not what it says. */
    private static String code(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
    }

    @Test
    void noClassButTheIriSchemeBuildsOrReadsIrisByHand() {
        List<String> found = new ArrayList<>();
        sources().forEach((file, source) -> {
            if (file.equals(IRI_SCHEME)) return;
            String[] lines = code(source).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (IRI_BY_HAND.matcher(lines[i]).find()) found.add(file + ": " + lines[i].strip());
            }
        });
        assertEquals(List.of(), found);
    }

    @Test
    void noPackageHoldsMoreThan25Files() {
        Map<String, Integer> sizes = new TreeMap<>();
        sources().keySet().forEach(f -> sizes.merge(packageOf(f), 1, Integer::sum));
        sizes.values().removeIf(n -> n <= MAX_FILES_PER_PACKAGE);
        assertEquals(Map.of(), sizes);
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        Map<String, Set<String>> deps = new TreeMap<>();
        sources().forEach((file, source) -> {
            String pkg = packageOf(file);
            Set<String> out = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
            Matcher m = IMPORT.matcher(source);
            while (m.find()) if (!m.group(1).equals(pkg)) out.add(m.group(1));
        });
        Set<String> onCycles = new TreeSet<>();
        deps.forEach((pkg, direct) -> direct.forEach(d -> {
            if (reaches(deps, d, pkg)) onCycles.add(pkg + " -> " + d);
        }));
        assertEquals(Set.of(), onCycles);
    }

    @Test
    void theIriSchemeDependsOnNoOtherPackageOfTheProject() {
        String scheme = sources().get(IRI_SCHEME);
        assertTrue(scheme != null && !IMPORT.matcher(scheme).find(), "vocab.Iris is the bottom layer");
    }

    private static boolean reaches(Map<String, Set<String>> deps, String from, String to) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(from));
        while (!todo.isEmpty()) {
            String p = todo.remove(todo.size() - 1);
            if (p.equals(to)) return true;
            if (seen.add(p)) todo.addAll(deps.getOrDefault(p, Set.of()));
        }
        return false;
    }
}
