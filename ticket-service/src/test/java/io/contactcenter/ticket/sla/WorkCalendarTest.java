package io.contactcenter.ticket.sla;

import static io.contactcenter.ticket.TestRules.SHANGHAI;
import static io.contactcenter.ticket.TestRules.WEEKDAYS;
import static io.contactcenter.ticket.TestRules.businessHours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Open time across a business calendar: Monday to Friday 09:00-18:00 Asia/Shanghai (UTC+8).
 * 2026-11-24 is a Tuesday, 2026-11-27 a Friday; 2026-10-01 (National Day) a Thursday.
 */
class WorkCalendarTest {

    final WorkCalendar business = businessHours();

    static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void overnightTheClockStopsAtSixAndGoesOnAtNine() {
        // Tuesday 17:00 + 4 open hours: one hour on Tuesday, three on Wednesday from 09:00.
        assertEquals(local("2026-11-25T12:00"), business.plus(local("2026-11-24T17:00"), Duration.ofHours(4)));
        assertEquals(Duration.ofHours(1), business.openBetween(local("2026-11-24T17:00"), local("2026-11-25T09:00")));
    }

    @Test
    void weekendDoesNotCount() {
        // Friday 16:00 + 4 open hours: two on Friday, two on Monday.
        assertEquals(local("2026-11-30T11:00"), business.plus(local("2026-11-27T16:00"), Duration.ofHours(4)));
        assertEquals(Duration.ofHours(3), business.openBetween(local("2026-11-27T17:00"), local("2026-11-30T11:00")));
    }

    @Test
    void holidaysDoNotCount() {
        WorkCalendar nationalDay = businessHours(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-02"));
        // Wednesday 30 September 15:00 + 5 open hours: three on Wednesday, none Thursday to Sunday, two on Monday.
        assertEquals(local("2026-10-05T11:00"), nationalDay.plus(local("2026-09-30T15:00"), Duration.ofHours(5)));
        assertEquals(Duration.ofHours(5),
                nationalDay.openBetween(local("2026-09-30T15:00"), local("2026-10-05T11:00")));
    }

    @Test
    void raisedOutsideHoursStartsAtTheNextOpening() {
        assertEquals(local("2026-11-25T10:00"), business.plus(local("2026-11-24T22:30"), Duration.ofHours(1)));
        assertEquals(local("2026-11-30T10:00"), business.plus(local("2026-11-28T10:00"), Duration.ofHours(1)));
        assertEquals(local("2026-11-24T10:00"), business.plus(local("2026-11-24T06:00"), Duration.ofHours(1)));
    }

    @Test
    void aFullDayEndsAtClosingTimeNotTheNextMorning() {
        assertEquals(local("2026-11-24T18:00"), business.plus(local("2026-11-24T09:00"), Duration.ofHours(9)));
        assertEquals(local("2026-11-25T09:30"), business.plus(local("2026-11-24T09:00"), Duration.ofMinutes(570)));
    }

    @Test
    void fiveBusinessDaysFromMondayMorningIsTheNextMonday() {
        assertEquals(local("2026-11-30T10:00"), business.plus(local("2026-11-23T10:00"), Duration.ofHours(45)));
    }

    @Test
    void roundTheClockCountsEveryHourUnlessItObservesHolidays() {
        WorkCalendar always = WorkCalendar.roundTheClock(SHANGHAI, Set.of());
        assertEquals(local("2026-11-29T17:00"), always.plus(local("2026-11-27T17:00"), Duration.ofHours(48)));
        assertEquals(Duration.ofHours(48), always.openBetween(local("2026-11-27T17:00"), local("2026-11-29T17:00")));

        WorkCalendar closedOnNationalDay = WorkCalendar.roundTheClock(SHANGHAI, Set.of(LocalDate.parse("2026-10-01")));
        assertEquals(local("2026-10-02T20:00"),
                closedOnNationalDay.plus(local("2026-09-30T20:00"), Duration.ofHours(24)));
    }

    @Test
    void nothingOpenBetweenIsZeroAndOrderMatters() {
        assertEquals(Duration.ZERO, business.openBetween(local("2026-11-28T09:00"), local("2026-11-29T20:00")));
        assertEquals(Duration.ZERO, business.openBetween(local("2026-11-25T12:00"), local("2026-11-24T12:00")));
    }

    @Test
    void badCalendarsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> WorkCalendar.businessHours(SHANGHAI, WEEKDAYS,
                LocalTime.of(18, 0), LocalTime.of(9, 0), Set.of()));
        assertThrows(IllegalArgumentException.class, () -> WorkCalendar.businessHours(SHANGHAI,
                EnumSet.noneOf(DayOfWeek.class), LocalTime.of(9, 0), LocalTime.of(18, 0), Set.of()));
        assertThrows(IllegalArgumentException.class,
                () -> business.plus(local("2026-11-24T09:00"), Duration.ofHours(-1)));
    }
}
