package be.wallonia.clusterkg.imports;

import be.wallonia.clusterkg.source.SourceEntry;

import java.nio.file.Path;

/** Member lists: a CSV file or the first sheet of an .xlsx workbook, one organisation per row. */
public final class MemberListLoader implements Loader {
    public static final String ID = SourceEntry.MEMBER_LIST;

    @Override public String id() { return ID; }

    @Override public String reads() { return "member lists (CSV or xlsx), one organisation per row, to members and memberships"; }

    @Override public MemberList load(Path file, ImportFormat format, Context context) {
        return MemberList.parse(Table.read(file, format), context.vocabulary());
    }
}
