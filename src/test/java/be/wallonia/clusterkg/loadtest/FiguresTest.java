package be.wallonia.clusterkg.loadtest;

import be.wallonia.clusterkg.measure.Figures;
import be.wallonia.clusterkg.measure.Load;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FiguresTest {
    private static Load.Outcome took(long millis, int status) {
        return new Load.Outcome("page", "p", 0, millis * 1_000_000, status, null);
    }

    @Test
    void percentilesAreNearestRankOverAnsweredRequestsAndRefusalsAreCountedApart() {
        List<Load.Outcome> outcomes = new java.util.ArrayList<>();
        for (int ms = 1; ms <= 100; ms++) outcomes.add(took(ms, 200));
        outcomes.add(took(5000, 503));
        outcomes.add(took(7, 500));
        Figures f = Figures.of(outcomes, o -> true, 2.0);
        assertEquals(102, f.requests());
        assertEquals(51.0, f.perSecond());
        assertEquals(50.0, f.p50Millis());
        assertEquals(99.0, f.p99Millis());
        assertEquals(100.0, f.maxMillis());
        assertEquals(1, f.errors());
        assertEquals(1, f.refused());
    }
}
