package be.wallonia.clusterkg.generate;

import be.wallonia.clusterkg.error.UserError;

/**
 * How a synthetic graph of a given scale is laid out: how many networks, and how they are split over files
 * (each file is one imported source, so one named graph, validated on its own). Scale 1 adds about the size of
 * the real graph (some ten thousand statements with their evidence); the size grows linearly with the scale.
 *
 * @param scale    the multiple of the real graph's size
 * @param seed     the seed every random choice derives from
 * @param networks how many networks the graph holds
 * @param parts    how many files they are split over
 */
public record SyntheticPlan(int scale, long seed, int networks, int parts) {
    /** About ten thousand quads per network-set of this size, with members, memberships and statistics. */
    static final int NETWORKS_PER_SCALE = 9;
    /** Bounds a file (and so a graph) to about 110 000 quads, so validation works on graphs of bounded size. */
    static final int MAX_NETWORKS_PER_PART = 100;
    /** Even at scale 1 the networks are spread over several graphs, as the real ones are over several sources. */
    static final int MIN_PARTS = 3;
    /** Networks are grouped by invented region, a few to a region. */
    static final int NETWORKS_PER_REGION = 3;

    public SyntheticPlan {
        if (scale < 1) throw new UserError("the scale is a positive integer; got " + scale);
        if (networks < 1 || parts < 1 || parts > networks) {
            throw new IllegalArgumentException("a plan needs 1 ≤ parts ≤ networks; got " + parts + " parts of " + networks);
        }
    }

    public static SyntheticPlan of(int scale, long seed) {
        if (scale < 1) throw new UserError("the scale is a positive integer; got " + scale);
        int networks = Math.multiplyExact(scale, NETWORKS_PER_SCALE);
        int parts = Math.max(MIN_PARTS, (networks + MAX_NETWORKS_PER_PART - 1) / MAX_NETWORKS_PER_PART);
        return new SyntheticPlan(scale, seed, networks, parts);
    }

    /** The first network of a part; part {@code parts} gives the end of the last one. */
    public int firstNetwork(int part) {
        return (int) ((long) networks * part / parts);
    }

    public int networksIn(int part) { return firstNetwork(part + 1) - firstNetwork(part); }

    /** The slug of a part's source entry and graph: {@code synthetic-s{scale}-{part}}, numbered from 1. */
    public String slug(int part) {
        return String.format("synthetic-s%d-%04d", scale, part + 1);
    }

    public String fileName(int part) { return slug(part) + ".ttl"; }
}
