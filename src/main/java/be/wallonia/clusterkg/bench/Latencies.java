package be.wallonia.clusterkg.bench;

import java.util.Arrays;

/**
 * What a run of HTTP requests measured: how many were sent, how many failed (a status other than 200, or no
 * answer), over how long, and the latency percentiles of all of them.
 */
public record Latencies(int requests, int errors, long wallNanos, double p50Millis, double p99Millis) {
    static Latencies of(long[] nanos, int errors, long wallNanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, errors, wallNanos, percentile(sorted, 0.50), percentile(sorted, 0.99));
    }

    /** Nearest-rank percentile, in milliseconds; NaN when nothing was measured. */
    public static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** Answered requests per second of wall time. */
    public double throughput() {
        return wallNanos == 0 ? 0 : (requests - errors) * 1e9 / wallNanos;
    }
}
