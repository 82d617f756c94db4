package io.contactcenter.ticket;

import java.time.ZoneId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.contactcenter.ticket.assignment.AssignmentRules;
import io.contactcenter.ticket.sla.EscalationPolicy;
import io.contactcenter.ticket.model.Severity;
import io.contactcenter.ticket.model.TicketType;
import io.contactcenter.ticket.sla.CalendarKind;
import io.contactcenter.ticket.sla.SlaPolicy;
import io.contactcenter.ticket.sla.SlaTarget;
import io.contactcenter.ticket.sla.WorkCalendar;

/** Builds the plain-Java policies from configuration once; a bad setting fails the start-up. */
public class Policies {

    @Produces
    @Singleton
    SlaPolicy sla(TicketConfig config) {
        TicketConfig.Sla s = config.sla();
        TicketConfig.Calendar c = config.calendar();
        ZoneId zone = ZoneId.of(c.timeZone());
        Set<LocalDate> holidays = c.holidays().orElse(Set.of());
        Map<CalendarKind, WorkCalendar> calendars = Map.of(
                CalendarKind.ROUND_THE_CLOCK,
                WorkCalendar.roundTheClock(zone, c.roundTheClockObservesHolidays() ? holidays : Set.of()),
                CalendarKind.BUSINESS_HOURS,
                WorkCalendar.businessHours(zone, c.businessDays(), c.opens(), c.closes(), holidays));
        Map<TicketType, SlaTarget> targets = Map.of(
                TicketType.COMPLAINT, new SlaTarget(s.complaint().firstResponse(), s.complaint().resolution(),
                        s.complaint().calendar()),
                TicketType.FAULT, new SlaTarget(s.fault().firstResponse(), s.fault().resolution(), s.fault().calendar()),
                TicketType.REQUEST, new SlaTarget(s.request().firstResponse(), s.request().resolution(),
                        s.request().calendar()),
                TicketType.SUGGESTION, new SlaTarget(s.suggestion().firstResponse(), s.suggestion().resolution(),
                        s.suggestion().calendar()),
                TicketType.INQUIRY_FOLLOW_UP, new SlaTarget(s.inquiryFollowUp().firstResponse(),
                        s.inquiryFollowUp().resolution(), s.inquiryFollowUp().calendar()));
        Map<Severity, Double> factors = Map.of(Severity.LOW, s.severityFactor().low(), Severity.MEDIUM,
                s.severityFactor().medium(), Severity.HIGH, s.severityFactor().high(), Severity.CRITICAL,
                s.severityFactor().critical());
        return new SlaPolicy(targets, factors, s.warningShare(), calendars);
    }

    @Produces
    @Singleton
    EscalationPolicy escalation(TicketConfig config) {
        TicketConfig.Escalation e = config.escalation();
        return new EscalationPolicy(e.levelInterval(), e.aboveSupervisor(), e.defaultSupervisor());
    }

    @Produces
    @Singleton
    TicketRules rules(SlaPolicy sla, EscalationPolicy escalation) {
        return new TicketRules(sla, escalation);
    }

    @Produces
    @Singleton
    AssignmentRules assignment(TicketConfig config) {
        List<AssignmentRules.Rule> rules = config.assignment().rules().orElse(List.of()).stream()
                .map(r -> new AssignmentRules.Rule(r.type().orElse(null), r.category().orElse(null),
                        r.minSeverity().orElse(null), r.team()))
                .toList();
        return new AssignmentRules(rules, config.assignment().defaultTeam());
    }
}
