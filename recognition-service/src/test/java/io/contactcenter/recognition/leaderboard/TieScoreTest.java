package io.contactcenter.recognition.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The tie rule: equal points, earlier reached ranks higher; the integer part stays the points. */
class TieScoreTest {

    private static final Instant Q2 = Instant.parse("2026-03-31T16:00:00Z");

    @Test
    void earlierReachedScoresHigherAtEqualPoints() {
        double early = TieScore.score(3, TieScore.tie(Q2.plus(Duration.ofDays(5)), Q2));
        double late = TieScore.score(3, TieScore.tie(Q2.plus(Duration.ofDays(5)).plusSeconds(1), Q2));
        assertTrue(early > late, early + " should rank above " + late);
    }

    @Test
    void morePointsAlwaysWinWhateverTheTime() {
        double fourLate = TieScore.score(4, TieScore.tie(Q2.plus(Duration.ofDays(91)).plusSeconds(86399), Q2));
        double threeEarly = TieScore.score(3, TieScore.tie(Q2, Q2));
        assertTrue(fourLate > threeEarly);
    }

    @Test
    void pointsSurviveTheEncodingAtBothEndsOfTheQuarter() {
        long first = TieScore.tie(Q2, Q2);
        long last = TieScore.tie(Q2.plus(Duration.ofDays(92)).minusSeconds(1), Q2);
        assertEquals(TieScore.SCALE - 1, first);
        assertTrue(last > 0);
        for (long points : new long[] { 1, 2, 49, 50, 999, 123_456 }) {
            assertEquals(points, TieScore.points(TieScore.score(points, first)));
            assertEquals(points, TieScore.points(TieScore.score(points, last)));
            assertTrue(TieScore.score(points, last) > points, "fraction must stay above 0");
        }
    }

    @Test
    void scoreIsWrittenAsPointsDotSevenDigits() {
        assertEquals(2.0451234, TieScore.score(2, 451_234));
        assertEquals(12.9999999, TieScore.score(12, 9_999_999));
    }

    @Test
    void instantOutsideTheQuarterIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> TieScore.tie(Q2.minusSeconds(1), Q2));
    }
}
