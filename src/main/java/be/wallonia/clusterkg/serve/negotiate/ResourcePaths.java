package be.wallonia.clusterkg.serve.negotiate;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The part of an /id/ or /doc/ path that names a resource, {@code {kind}/{slug}}, and an optional extension. */
public record ResourcePaths(String kindAndSlug, Optional<String> extension) {
    private static final Pattern PATH = Pattern.compile("^/([a-z0-9-]+/[a-z0-9]+(?:-[a-z0-9]+)*)(?:\\.([a-z]+))?$");

    public static Optional<ResourcePaths> parse(String pathInfo) {
        if (pathInfo == null) return Optional.empty();
        Matcher m = PATH.matcher(pathInfo);
        return m.matches() ? Optional.of(new ResourcePaths(m.group(1), Optional.ofNullable(m.group(2)))) : Optional.empty();
    }
}
