package io.contactcenter.recognition.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
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
        for (String bad : new String[] { "2026-13", "2026-00", "2026-4", "202604", "", "april", "+999999999-12",
                "-2026-04", "12026-04" }) {
            assertThrows(IllegalArgumentException.class, () -> Periods.parseMonth(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> Periods.parseMonth(null));
        for (String bad : new String[] { "2026-Q0", "2026-Q5", "2026Q1", "2026-q1", "26-Q1" }) {
            assertThrows(IllegalArgumentException.class, () -> Quarter.parse(bad), bad);
        }
    }

    @Test
    void periodsParseAndSpanTheirMonthsInTheCentersZone() {
        Period q2 = Period.parse("2026-Q2");
        assertEquals(Period.Kind.QUARTER, q2.kind());
        assertEquals("2026-Q2", q2.id());
        assertEquals(Instant.parse("2026-03-31T16:00:00Z"), q2.start(ZoneId.of("Asia/Shanghai")));
        assertEquals(Instant.parse("2026-06-30T16:00:00Z"), q2.end(ZoneId.of("Asia/Shanghai")));
        assertEquals("2026-Q1", q2.previous().id());
        Period dec = Period.parse("2026-12");
        assertEquals(Period.Kind.MONTH, dec.kind());
        assertEquals(Instant.parse("2027-01-01T00:00:00Z"), dec.end(ZoneOffset.UTC));
        assertEquals("2027-Q1", Period.parse("2027-01").quarter().toString());
        for (String bad : new String[] { "2026-Q5", "2026-13", "Q2", "", "2026" }) {
            assertThrows(IllegalArgumentException.class, () -> Period.parse(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> Period.parse(null));
    }

    @Test
    void theSchedulerClosesALastPeriodOnlyAfterTheGrace() {
        Duration grace = Duration.ofHours(2);
        // 1 May 01:00 in Beijing: April ended an hour ago, still in its grace; March is the last closable month.
        Instant oneAm = Instant.parse("2026-04-30T17:00:00Z");
        assertEquals("2026-03", shanghai.lastClosable(Period.Kind.MONTH, oneAm, grace).id());
        assertEquals("2026-04", shanghai.lastClosable(Period.Kind.MONTH, oneAm.plus(Duration.ofHours(1)), grace).id());
        // 1 July 02:00 in Beijing: the second quarter is closable.
        Instant julyTwoAm = Instant.parse("2026-06-30T18:00:00Z");
        assertEquals("2026-Q1", shanghai.lastClosable(Period.Kind.QUARTER, julyTwoAm.minusSeconds(1), grace).id());
        assertEquals("2026-Q2", shanghai.lastClosable(Period.Kind.QUARTER, julyTwoAm, grace).id());
        assertEquals("2025-Q4", shanghai.lastClosable(Period.Kind.QUARTER, Instant.parse("2026-01-15T00:00:00Z"),
                grace).id());
    }
}
