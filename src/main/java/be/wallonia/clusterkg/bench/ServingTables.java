package be.wallonia.clusterkg.bench;

import be.wallonia.clusterkg.measure.Target;
import be.wallonia.clusterkg.measure.Figures;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The serving part's tables, in Markdown: startup, queries alone, queries mixed, dereferencing. */
final class ServingTables {
    private ServingTables() {}

    static String markdown(List<ServingBench.Result> results, ServingBench.Plan plan) {
        if (results.isEmpty()) return "";
        return startup(results) + alone(results, plan) + mixed(results, plan) + deref(results, plan);
    }

    private static String startup(List<ServingBench.Result> results) {
        StringBuilder md = new StringBuilder("## Startup\n\n");
        md.append("From launching `java -jar target/clusterkg.jar serve` on a current database to its first answered query ")
                .append("(`ASK {}` on /sparql, polled every 20 ms), median of the launches; then the live heap after a full ")
                .append("collection (`jcmd GC.run`, `GC.heap_info`) and the heap the JVM holds. Target for the real graph: ≤ 3 s.\n\n");
        md.append("| data | launches | first answer ms (median) | all launches ms | live heap MiB | committed heap MiB |\n");
        md.append("|---|---:|---:|---|---:|---:|\n");
        for (ServingBench.Result r : results) {
            ServingBench.Startup s = r.startup();
            md.append(f("| %s | %d | %,d | %s | %,d | %,d |%n", r.name(), s.millis().size(), s.medianMillis(),
                    s.millis().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                    s.heapLiveKib() / 1024, s.heapCommittedKib() / 1024));
        }
        return md.append('\n').toString();
    }

    private static String alone(List<ServingBench.Result> results, ServingBench.Plan plan) {
        StringBuilder md = new StringBuilder("## Cookbook queries alone\n\n");
        md.append(f("Each cookbook query from one client, up to %d times or %d s per query, mode and server, after one ",
                        plan.aloneRuns(), plan.aloneTime().toSeconds()))
                .append("untimed pass of each on each server. p50/p99 latency in ms over HTTP (GET, SPARQL JSON results). ")
                .append("\"Repeated\" sends the query as written (our server answers it from its result cache, valid until ")
                .append("the next build); \"unique\" sends the same shape with a slug drawn from the data and a LIMIT never ")
                .append("sent before, so nothing can be reused.\n\n");
        for (ServingBench.Result r : results) {
            md.append("### ").append(r.name()).append("\n\n");
            md.append("| query | ours repeated p50 / p99 | stock repeated p50 / p99 | ours unique p50 / p99 | stock unique p50 / p99 | runs |\n");
            md.append("|---|---:|---:|---:|---:|---:|\n");
            for (ServingBench.AloneRow a : r.alone()) {
                md.append(f("| %s | %s | %s | %s | %s | %d |%n", a.query(), pp(a.oursRepeated()), pp(a.stockRepeated()),
                        pp(a.oursUnique()), pp(a.stockUnique()), a.oursRepeated().requests()));
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static String mixed(List<ServingBench.Result> results, ServingBench.Plan plan) {
        StringBuilder md = new StringBuilder("## Cookbook queries mixed, under concurrent clients\n\n");
        md.append(f("The cookbook in turn from N clients at once (closed loop), %d s or %,d requests per run. ",
                        plan.load().duration().toSeconds(), plan.load().maxRequests()))
                .append("Throughput in answered queries per second; latency in ms; errors are answers other than 200, ")
                .append("503 included. Ours runs with its admission control as shipped (so many places, then a queue): its ")
                .append("queue column is the wait for a place the server stated (Server-Timing), p99 / max, in ms. ")
                .append("The ratio is our throughput over stock Fuseki's (targets at 16 clients: repeated ≥ 3, unique ≥ 1).\n\n");
        md.append("| data | mode | clients | ours q/s | ours p50 / p99 | ours queue p99 / max | ours errors | stock q/s | stock p50 / p99 | stock errors | ratio |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ServingBench.Result r : results) {
            for (ServingBench.MixedRow m : r.mixed()) {
                md.append(f("| %s | %s | %d | %,.1f | %s | %.1f / %.1f | %d | %,.1f | %s | %d | %.2f× |%n", r.name(),
                        m.mode().name().toLowerCase(Locale.ROOT), m.clients(), m.ours().throughput(), pp(m.ours()),
                        m.ours().queueP99Millis(), m.ours().queueMaxMillis(),
                        m.ours().failed(), m.stock().throughput(), pp(m.stock()), m.stock().failed(), m.ratio()));
            }
        }
        return md.append('\n').toString();
    }

    private static String deref(List<ServingBench.Result> results, ServingBench.Plan plan) {
        StringBuilder md = new StringBuilder("## Dereferencing an entity page\n\n");
        ServingBench.Result first = results.get(0);
        md.append("`").append(first.entityPath()).append("` from N clients at once, ")
                .append(f("%d s or %,d requests per run: ours in HTML and in Turtle, ", plan.load().duration().toSeconds(),
                        plan.load().maxRequests()))
                .append("stock Fuseki's `DESCRIBE` of the same IRI (Turtle), and ");
        boolean staticServer = results.stream().flatMap(r -> r.deref().stream()).anyMatch(d -> d.staticHtml().isPresent());
        md.append(staticServer ? "nginx serving our HTML and Turtle bytes from files (the practical ceiling). "
                : "no static file server: nginx is not installed here (`apt-get install nginx`), so its columns are empty. ");
        md.append("Answered requests per second (p99 ms). Targets: page ≥ 5× DESCRIBE, ≥ 0.5× the static server. Sizes: ")
                .append(first.entityBytes().entrySet().stream().map(e -> f("%s %,d bytes", e.getKey(), e.getValue()))
                        .collect(Collectors.joining(", ")))
                .append(".\n\n");
        md.append("| data | clients | HTML | Turtle | DESCRIBE | nginx HTML | nginx Turtle | Turtle / DESCRIBE | HTML / DESCRIBE | HTML / nginx | Turtle / nginx |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ServingBench.Result r : results) {
            for (ServingBench.DerefRow d : r.deref()) {
                md.append(f("| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", r.name(), d.clients(), tp(d.html()),
                        tp(d.turtle()), tp(d.describe()), d.staticHtml().map(ServingTables::tp).orElse("–"),
                        d.staticTurtle().map(ServingTables::tp).orElse("–"), ratio(d.turtle(), Optional.of(d.describe())),
                        ratio(d.html(), Optional.of(d.describe())), ratio(d.html(), d.staticHtml()), ratio(d.turtle(), d.staticTurtle())));
            }
        }
        return md.append('\n').toString();
    }

    private static String pp(Figures l) {
        return f("%.1f / %.1f", l.p50Millis(), l.p99Millis());
    }

    private static String tp(Figures l) {
        return f("%,.0f (%.1f)", l.throughput(), l.p99Millis()) + (l.failed() > 0 ? f(", %d errors", l.failed()) : "");
    }

    private static String ratio(Figures ours, Optional<Figures> other) {
        return other.filter(o -> o.throughput() > 0).map(o -> f("%.2f×", ours.throughput() / o.throughput())).orElse("–");
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
