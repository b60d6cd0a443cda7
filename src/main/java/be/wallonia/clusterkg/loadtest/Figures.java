package be.wallonia.clusterkg.loadtest;

import be.wallonia.clusterkg.bench.Latencies;

import java.util.List;
import java.util.function.Predicate;

/**
 * What a set of outcomes amounts to: how many, how fast (per second of the run), latency percentiles over
 * the answered ones, and how many failed or were refused.
 */
public record Figures(int requests, double perSecond, double p50Millis, double p99Millis, double maxMillis,
                      int errors, int refused) {

    public static Figures of(List<Load.Outcome> outcomes, Predicate<Load.Outcome> which, double seconds) {
        List<Load.Outcome> chosen = outcomes.stream().filter(which).toList();
        long[] nanos = chosen.stream().filter(o -> !o.refused()).mapToLong(Load.Outcome::nanos).sorted().toArray();
        int errors = (int) chosen.stream().filter(o -> !o.ok() && !o.refused()).count();
        int refused = (int) chosen.stream().filter(Load.Outcome::refused).count();
        return new Figures(chosen.size(), chosen.size() / seconds, percentile(nanos, 50), percentile(nanos, 99),
                nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6, errors, refused);
    }

    /** The nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sortedNanos, int p) {
        return sortedNanos.length == 0 ? 0 : Latencies.percentile(sortedNanos, p / 100.0);
    }

    @Override public String toString() {
        return String.format(java.util.Locale.ROOT, "%d requests, %.1f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors, %d refused",
                requests, perSecond, p50Millis, p99Millis, maxMillis, errors, refused);
    }
}
