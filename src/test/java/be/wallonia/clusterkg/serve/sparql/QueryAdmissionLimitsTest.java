package be.wallonia.clusterkg.serve.sparql;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The admission's limits: the defaults scale with the cores, and a limit that makes no sense is refused. */
class QueryAdmissionLimitsTest {
    @Test
    void theDefaultsAreFourPlacesAndSixtyFourWaitingPerCoreTenSecondsOfWaitAndThirtyOfDelivery() {
        QueryAdmission.Limits two = QueryAdmission.Limits.forCores(2);
        assertEquals(8, two.places());
        assertEquals(128, two.queue());
        assertEquals(Duration.ofSeconds(10), two.longestWait());
        assertEquals(Duration.ofSeconds(30), two.longestDelivery());
    }

    @Test
    void noPlaceANegativeQueueOrWaitAndNoTimeToDeliverAreRefused() {
        Duration s = Duration.ofSeconds(1);
        assertThrows(IllegalArgumentException.class, () -> new QueryAdmission.Limits(0, 1, s, s));
        assertThrows(IllegalArgumentException.class, () -> new QueryAdmission.Limits(1, -1, s, s));
        assertThrows(IllegalArgumentException.class, () -> new QueryAdmission.Limits(1, 1, s.negated(), s));
        assertThrows(IllegalArgumentException.class, () -> new QueryAdmission.Limits(1, 1, s, Duration.ZERO));
    }

    @Test
    void aQueueWithoutWaitIsAllowed() {
        assertEquals(Duration.ZERO, new QueryAdmission.Limits(1, 0, Duration.ZERO, Duration.ofSeconds(1)).longestWait());
    }
}
