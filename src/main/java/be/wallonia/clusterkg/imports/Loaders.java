package be.wallonia.clusterkg.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The loaders, by id: the registry the build and the import command look a manifest entry's loader up in. */
public final class Loaders {
    private final Map<String, Loader> byId = new LinkedHashMap<>();

    private Loaders(Loader... loaders) {
        for (Loader l : loaders) byId.put(l.id(), l);
    }

    public static Loaders standard() {
        return new Loaders(new MemberListLoader(), new RdfLoader());
    }

    public Optional<Loader> get(String id) { return Optional.ofNullable(byId.get(id)); }

    public Set<String> ids() { return byId.keySet(); }
}
