package be.wallonia.clusterkg.cli;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The load verb against a stand-in server: it reports what its clients saw, and its status says whether all was answered. */
class LoadCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private HttpServer server;

    /** A server with a sitemap of one document that answers 200, but {@code searchStatus} to searches. */
    private String serve(int searchStatus) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        byte[] sitemap = ("<urlset><url><loc>" + base + "doc/cluster/biowin</loc></url></urlset>").getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = path.equals("/sitemap.xml") ? sitemap : "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(path.equals("/search") ? searchStatus : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return base;
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
    }

    private int load(String... args) {
        CommandLine cl = ClusterKg.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void aLoadEveryRequestOfWhichIsAnsweredReportsNoErrorAndExits0() throws IOException {
        assertEquals(0, load("load", "--url", serve(200), "--clients", "2", "--seconds", "1"), out + "" + err);
        String report = out.toString();
        assertTrue(report.contains("load: 2 clients on "), report);
        assertTrue(report.matches("(?s).*load: [1-9][0-9]* requests, .*, max [0-9.]+ ms, 0 errors, 0 refused.*"), report);
    }

    @Test
    void aLoadWithFailedRequestsNamesThemAndExits1() throws IOException {
        assertEquals(1, load("load", "--url", serve(500), "--clients", "2", "--seconds", "1"), out + "" + err);
        String report = out.toString();
        assertTrue(report.matches("(?s).*load: [1-9][0-9]* requests, .*, [1-9][0-9]* errors, 0 refused.*"), report);
        assertTrue(report.contains("load: failed search "), report);
        assertTrue(report.contains(": status 500"), report);
    }

    @Test
    void aServerOnAnotherMachineIsRefusedWithExit1() {
        assertEquals(1, load("load", "--url", "http://192.0.2.1/"));
        assertEquals("clusterkg: the load runs against a server on this machine only (127.0.0.1), not http://192.0.2.1/",
                err.toString().strip());
    }
}
