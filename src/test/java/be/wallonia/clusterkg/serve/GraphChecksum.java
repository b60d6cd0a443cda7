package be.wallonia.clusterkg.serve;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Test fixture: the SHA-256 of the whole dataset a server holds — every quad, as N-Quads, sorted — read
 * through the read-only Graph Store Protocol ({@code GET /ds}), which Fuseki answers in one read transaction
 * of the database itself. Unlike the dump's checksum, which was fixed when the build was written, this sees
 * any change made to the database since, and any graph lost.
 */
public final class GraphChecksum {
    private GraphChecksum() {}

    public static String of(String serverUrl) throws Exception {
        HttpResponse<String> r = Http.get(serverUrl + "ds", "Accept", "application/n-quads");
        if (r.statusCode() != 200) throw new AssertionError("GET /ds answered " + r.statusCode() + ": " + r.body());
        String[] lines = r.body().lines().filter(l -> !l.isBlank()).sorted().toArray(String[]::new);
        if (lines.length == 0) throw new AssertionError("the dataset is empty");
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String line : lines) sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
        return lines.length + " quads, sha256 " + HexFormat.of().formatHex(sha.digest());
    }
}
