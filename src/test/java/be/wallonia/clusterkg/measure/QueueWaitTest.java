package be.wallonia.clusterkg.measure;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The wait for a query place, read from the server's Server-Timing header as the W3C spec writes it. */
class QueueWaitTest {
    @Test
    void theQueueMetricsDurationIsTheWait() {
        assertEquals(12.5, Load.queueMillis(List.of("queue;dur=12.5")));
    }

    @Test
    void theQueueMetricIsFoundAmongOthersAndAfterADescription() {
        assertEquals(7.0, Load.queueMillis(List.of("db;dur=3", "cache;desc=\"miss\", queue;desc=\"wait\";dur=7")));
    }

    @Test
    void anotherMetricEndingInQueueIsNotTheWait() {
        assertEquals(0.0, Load.queueMillis(List.of("dbqueue;dur=40")));
    }

    @Test
    void noServerTimingMeansNoWait() {
        assertEquals(0.0, Load.queueMillis(List.of()));
    }
}
