package io.contactcenter.ticket.sla;

import static io.contactcenter.ticket.TestRules.SHANGHAI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.contactcenter.ticket.TestRules;
import io.contactcenter.ticket.model.Severity;
import io.contactcenter.ticket.model.TicketType;

/** Due times per type and severity, in each type's calendar, with pauses; no Quarkus. */
class SlaPolicyTest {

    final SlaPolicy sla = TestRules.sla(LocalDate.parse("2026-12-25"));

    static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void complaintRaisedFridayEveningIsDueSundayEveningRoundTheClock() {
        Instant friday = Instant.parse("2026-11-27T18:30:00.250Z");
        SlaTimes times = sla.times(TicketType.COMPLAINT, Severity.MEDIUM, friday, Duration.ZERO);
        assertEquals(Instant.parse("2026-11-29T18:30:00.250Z"), times.dueAt());
        assertEquals(Instant.parse("2026-11-28T18:30:00.250Z"), times.firstResponseDueAt(), "emails: 24 hours");
        // 80% of 48 hours = 38.4 hours.
        assertEquals(Instant.parse("2026-11-29T08:54:00.250Z"), times.warnAt());
    }

    @Test
    void severityScalesTheTargets() {
        Instant raised = Instant.parse("2026-11-24T02:00:00Z");
        assertEquals(Instant.parse("2026-11-26T02:00:00Z"),
                sla.times(TicketType.COMPLAINT, Severity.LOW, raised, Duration.ZERO).dueAt());
        assertEquals(Instant.parse("2026-11-25T02:00:00Z"),
                sla.times(TicketType.COMPLAINT, Severity.HIGH, raised, Duration.ZERO).dueAt());
        assertEquals(Instant.parse("2026-11-24T14:00:00Z"),
                sla.times(TicketType.COMPLAINT, Severity.CRITICAL, raised, Duration.ZERO).dueAt());
        assertEquals(Duration.ofHours(12), sla.resolutionTarget(TicketType.COMPLAINT, Severity.CRITICAL));
    }

    @Test
    void suggestionsCountBusinessHoursAcrossNightsWeekendsAndHolidays() {
        // Tuesday 22 Dec 2026 16:00, 45 open hours: Tue 2h, Wed 9h, Thu 9h, Fri 25 Dec holiday, weekend, Mon 9h,
        // Tue 9h (38h), Wed 30 Dec 7h -> 16:00.
        SlaTimes times = sla.times(TicketType.SUGGESTION, Severity.MEDIUM, local("2026-12-22T16:00"), Duration.ZERO);
        assertEquals(local("2026-12-30T16:00"), times.dueAt());
        // First response: 27 open hours -> Tue 2h, Wed 9h, Thu 9h, Mon 7h -> Monday 28 Dec 16:00.
        assertEquals(local("2026-12-28T16:00"), times.firstResponseDueAt());
    }

    @Test
    void pausedTimeMovesTheDueTimesLater() {
        Instant raised = local("2026-11-23T10:00");
        SlaTimes unpaused = sla.times(TicketType.SUGGESTION, Severity.MEDIUM, raised, Duration.ZERO);
        SlaTimes paused = sla.times(TicketType.SUGGESTION, Severity.MEDIUM, raised, Duration.ofHours(3));
        assertEquals(local("2026-11-30T10:00"), unpaused.dueAt());
        assertEquals(local("2026-11-30T13:00"), paused.dueAt());
        // Open time of a pause is measured in the same calendar: Friday 17:00 to Monday 11:00 is 3 hours.
        assertEquals(Duration.ofHours(3),
                sla.openBetween(TicketType.SUGGESTION, local("2026-11-27T17:00"), local("2026-11-30T11:00")));
        assertEquals(Duration.ofHours(66),
                sla.openBetween(TicketType.COMPLAINT, local("2026-11-27T17:00"), local("2026-11-30T11:00")));
    }

    @Test
    void everyTypeNeedsTargetsAndEverySeverityAPositiveFactor() {
        Map<TicketType, SlaTarget> missing = new EnumMap<>(TestRules.defaultTargets());
        missing.remove(TicketType.SUGGESTION);
        Map<CalendarKind, WorkCalendar> calendars = Map.of(CalendarKind.ROUND_THE_CLOCK,
                WorkCalendar.roundTheClock(SHANGHAI, Set.of()), CalendarKind.BUSINESS_HOURS, TestRules.businessHours());
        assertThrows(IllegalArgumentException.class,
                () -> new SlaPolicy(missing, TestRules.defaultFactors(), 0.8, calendars));
        Map<Severity, Double> zero = new EnumMap<>(TestRules.defaultFactors());
        zero.put(Severity.LOW, 0.0);
        assertThrows(IllegalArgumentException.class,
                () -> new SlaPolicy(TestRules.defaultTargets(), zero, 0.8, calendars));
        assertThrows(IllegalArgumentException.class,
                () -> new SlaPolicy(TestRules.defaultTargets(), TestRules.defaultFactors(), 1.0, calendars));
        assertThrows(IllegalArgumentException.class,
                () -> new SlaTarget(Duration.ZERO, Duration.ofHours(1), CalendarKind.ROUND_THE_CLOCK));
    }
}
