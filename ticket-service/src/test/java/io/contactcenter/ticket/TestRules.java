package io.contactcenter.ticket;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.contactcenter.ticket.sla.EscalationPolicy;
import io.contactcenter.ticket.model.Severity;
import io.contactcenter.ticket.model.TicketType;
import io.contactcenter.ticket.sla.CalendarKind;
import io.contactcenter.ticket.sla.SlaPolicy;
import io.contactcenter.ticket.sla.SlaTarget;
import io.contactcenter.ticket.sla.WorkCalendar;

/** The documented defaults (TicketConfig), built by hand for tests that run without Quarkus. */
public final class TestRules {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private TestRules() {
    }

    public static WorkCalendar businessHours(LocalDate... holidays) {
        return WorkCalendar.businessHours(SHANGHAI, WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(18, 0), Set.of(holidays));
    }

    public static Map<TicketType, SlaTarget> defaultTargets() {
        return Map.of(
                TicketType.COMPLAINT, new SlaTarget(Duration.ofHours(24), Duration.ofHours(48), CalendarKind.ROUND_THE_CLOCK),
                TicketType.FAULT, new SlaTarget(Duration.ofHours(24), Duration.ofHours(24), CalendarKind.ROUND_THE_CLOCK),
                TicketType.REQUEST, new SlaTarget(Duration.ofHours(24), Duration.ofHours(72), CalendarKind.ROUND_THE_CLOCK),
                TicketType.SUGGESTION, new SlaTarget(Duration.ofHours(27), Duration.ofHours(45), CalendarKind.BUSINESS_HOURS),
                TicketType.INQUIRY_FOLLOW_UP, new SlaTarget(Duration.ofHours(24), Duration.ofHours(72),
                        CalendarKind.ROUND_THE_CLOCK));
    }

    public static Map<Severity, Double> defaultFactors() {
        return Map.of(Severity.LOW, 1.0, Severity.MEDIUM, 1.0, Severity.HIGH, 0.5, Severity.CRITICAL, 0.25);
    }

    public static SlaPolicy sla(LocalDate... holidays) {
        return new SlaPolicy(defaultTargets(), defaultFactors(), 0.8, Map.of(
                CalendarKind.ROUND_THE_CLOCK, WorkCalendar.roundTheClock(SHANGHAI, Set.of()),
                CalendarKind.BUSINESS_HOURS, businessHours(holidays)));
    }

    public static EscalationPolicy escalation() {
        return new EscalationPolicy(Duration.ofHours(24), List.of("center-manager"), "duty-supervisor");
    }

    public static TicketRules rules(LocalDate... holidays) {
        return new TicketRules(sla(holidays), escalation());
    }
}
