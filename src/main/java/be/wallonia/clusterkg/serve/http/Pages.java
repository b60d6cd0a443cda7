package be.wallonia.clusterkg.serve.http;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** Server-side HTML from the Pebble templates under {@code serve/templates/}, escaped by default. */
public final class Pages {
    private final PebbleEngine engine;

    public Pages() {
        ClasspathLoader loader = new ClasspathLoader(Pages.class.getClassLoader());
        loader.setPrefix("be/wallonia/clusterkg/serve/templates");
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(true).build();
    }

    public String render(String template, Map<String, Object> model) {
        PebbleTemplate t = engine.getTemplate(template);
        StringWriter out = new StringWriter();
        try {
            t.evaluate(out, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
