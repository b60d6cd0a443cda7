package be.wallonia.clusterkg.serve;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Registered once per path: hands each request to that path's servlet of the build the request holds. */
final class BuildServlet extends HttpServlet {
    private final String pathSpec;

    BuildServlet(String pathSpec) {
        this.pathSpec = pathSpec;
    }

    @Override protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        CurrentBuild.of(req).servlet(pathSpec).service((ServletRequest) req, (ServletResponse) resp);
    }
}
