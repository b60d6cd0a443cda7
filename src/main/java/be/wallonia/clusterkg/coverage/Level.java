package be.wallonia.clusterkg.coverage;

import be.wallonia.clusterkg.error.UserError;

import java.util.Locale;

/** The NACE level a coverage report counts at: its 21 sections or its 88 divisions. */
public enum Level {
    SECTION, DIVISION;

    public String id() { return name().toLowerCase(Locale.ROOT); }

    public static Level of(String id) {
        for (Level l : values()) if (l.id().equals(id)) return l;
        throw new UserError("unknown level \"" + id + "\"; expected section or division");
    }
}
