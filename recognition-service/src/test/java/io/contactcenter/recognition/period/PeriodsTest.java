package io.contactcenter.recognition.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Month and quarter of a praise in the center's zone; parsing of the API's period values. */
class PeriodsTest {

    private final Periods shanghai = new Periods(ZoneId.of("Asia/Shanghai"));

    @Test
    void lateEveningUtcOnTheLastDayOfMarchIsAprilInShanghai() {
        Instant at = Instant.parse("2026-03-31T17:00:00Z"); // 01:00 on 1 April in Beijing time
        assertEquals(YearMonth.of(2026, 4), shanghai.monthOf(at));
        assertEquals(new Quarter(2026, 2), shanghai.quarterOf(at));

        Periods utc = new Periods(ZoneOffset.UTC);
        assertEquals(YearMonth.of(2026, 3), utc.monthOf(at));
        assertEquals(new Quarter(2026, 1), utc.quarterOf(at));
    }

    @Test
    void lastSecondBeforeMidnightStaysInItsMonth() {
        assertEquals(YearMonth.of(2026, 3), shanghai.monthOf(Instant.parse("2026-03-31T15:59:59Z")));
        assertEquals(YearMonth.of(2027, 1), shanghai.monthOf(Instant.parse("2026-12-31T16:00:00Z")));
    }

    @Test
    void quartersGroupThreeMonths() {
        assertEquals("2026-Q1", Quarter.of(YearMonth.of(2026, 3)).toString());
        assertEquals("2026-Q2", Quarter.of(YearMonth.of(2026, 4)).toString());
        assertEquals("2026-Q3", Quarter.of(YearMonth.of(2026, 9)).toString());
        assertEquals("2026-Q4", Quarter.of(YearMonth.of(2026, 10)).toString());
        assertEquals(YearMonth.of(2026, 7), Quarter.parse("2026-Q3").firstMonth());
    }

    @Test
    void quarterStartsAtLocalMidnight() {
        assertEquals(Instant.parse("2026-03-31T16:00:00Z"), shanghai.startOf(new Quarter(2026, 2)));
    }

    @Test
    void badPeriodValuesAreRejected() {
        assertEquals(YearMonth.of(2026, 4), Periods.parseMonth("2026-04"));
        for (String bad : new String[] { "2026-13", "2026-00", "2026-4", "202604", "", "april" }) {
            assertThrows(IllegalArgumentException.class, () -> Periods.parseMonth(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> Periods.parseMonth(null));
        for (String bad : new String[] { "2026-Q0", "2026-Q5", "2026Q1", "2026-q1", "26-Q1" }) {
            assertThrows(IllegalArgumentException.class, () -> Quarter.parse(bad), bad);
        }
    }
}
