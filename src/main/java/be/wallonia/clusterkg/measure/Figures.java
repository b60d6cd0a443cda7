package be.wallonia.clusterkg.measure;

import java.util.List;
import java.util.function.Predicate;

/**
 * What a set of outcomes amounts to: how many, over how long, latency percentiles over the answered ones, how
 * many failed or were refused (503: the server's admission control said no), and how long the answered ones
 * waited in the server's queue for a place, as it said (Server-Timing).
 */
public record Figures(int requests, double seconds, double p50Millis, double p99Millis, double maxMillis,
                      int errors, int refused, double queueP99Millis, double queueMaxMillis) {

    public static Figures of(List<Load.Outcome> outcomes, Predicate<Load.Outcome> which, double seconds) {
        List<Load.Outcome> chosen = outcomes.stream().filter(which).toList();
        long[] nanos = chosen.stream().filter(o -> !o.refused()).mapToLong(Load.Outcome::nanos).sorted().toArray();
        int errors = (int) chosen.stream().filter(o -> !o.ok() && !o.refused()).count();
        int refused = (int) chosen.stream().filter(Load.Outcome::refused).count();
        long[] queued = chosen.stream().filter(o -> !o.refused()).mapToLong(o -> Math.round(o.queueMillis() * 1e6)).sorted().toArray();
        return new Figures(chosen.size(), seconds, percentile(nanos, 0.50), percentile(nanos, 0.99),
                nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6, errors, refused,
                percentile(queued, 0.99), queued.length == 0 ? 0 : queued[queued.length - 1] / 1e6);
    }

    /** Nearest-rank percentile of sorted nanoseconds, in milliseconds; 0 when nothing was measured. */
    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) return 0;
        int rank = (int) Math.ceil(p * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }

    /** Requests sent per second of the run, whatever their answer. */
    public double perSecond() { return seconds == 0 ? 0 : requests / seconds; }

    /** Requests answered usefully per second of the run. */
    public double throughput() { return seconds == 0 ? 0 : (requests - failed()) / seconds; }

    /** Requests without a usable answer: failed or refused. */
    public int failed() { return errors + refused; }

    @Override public String toString() {
        return String.format(java.util.Locale.ROOT, "%d requests, %.1f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors, %d refused,"
                + " queue wait p99 %.1f ms, max %.1f ms", requests, perSecond(), p50Millis, p99Millis, maxMillis, errors, refused,
                queueP99Millis, queueMaxMillis);
    }
}
