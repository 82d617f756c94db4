package io.contactcenter.ticket.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;

import io.contactcenter.ticket.model.Severity;
import io.contactcenter.ticket.model.TicketType;


/**
 * The commitments: per ticket type a first-response and a resolution target in open time of a
 * calendar, scaled by severity; a warning when a share of a target has passed. Time the clock
 * stood still (waiting on the customer, resolved) is added to both. Plain Java.
 */
public class SlaPolicy {

    private final Map<TicketType, SlaTarget> targets;
    private final Map<Severity, Double> severityFactors;
    private final double warningShare;
    private final Map<CalendarKind, WorkCalendar> calendars;

    public SlaPolicy(Map<TicketType, SlaTarget> targets, Map<Severity, Double> severityFactors, double warningShare,
            Map<CalendarKind, WorkCalendar> calendars) {
        for (TicketType type : TicketType.values()) {
            // Fail at start-up, not on the first ticket of a forgotten type.
            if (targets.get(type) == null) {
                throw new IllegalArgumentException("ticket.sla needs targets for " + type);
            }
            if (!calendars.containsKey(targets.get(type).calendar())) {
                throw new IllegalArgumentException("no " + targets.get(type).calendar() + " calendar for " + type);
            }
        }
        for (Severity severity : Severity.values()) {
            Double factor = severityFactors.get(severity);
            if (factor == null || !(factor > 0)) {
                throw new IllegalArgumentException("ticket.sla.severity-factor needs a positive factor for " + severity
                        + ", got " + factor);
            }
        }
        if (!(warningShare > 0 && warningShare < 1)) {
            throw new IllegalArgumentException("ticket.sla.warning-share must be between 0 and 1, got " + warningShare);
        }
        this.targets = new EnumMap<>(targets);
        this.severityFactors = new EnumMap<>(severityFactors);
        this.warningShare = warningShare;
        this.calendars = new EnumMap<>(calendars);
    }

    /** Due and warning instants for a ticket raised at {@code raisedAt} whose clock has stood still for {@code paused}. */
    public SlaTimes times(TicketType type, Severity severity, Instant raisedAt, Duration paused) {
        WorkCalendar calendar = calendar(type);
        Duration firstResponse = firstResponseTarget(type, severity);
        Duration resolution = resolutionTarget(type, severity);
        return new SlaTimes(
                millis(calendar.plus(raisedAt, firstResponse.plus(paused))),
                millis(calendar.plus(raisedAt, share(firstResponse).plus(paused))),
                millis(calendar.plus(raisedAt, resolution.plus(paused))),
                millis(calendar.plus(raisedAt, share(resolution).plus(paused))));
    }

    /** Open time between two instants on the calendar of {@code type}: how long the clock stood still. */
    public Duration openBetween(TicketType type, Instant from, Instant to) {
        return calendar(type).openBetween(from, to);
    }

    public Duration resolutionTarget(TicketType type, Severity severity) {
        return scale(targets.get(type).resolution(), severity);
    }

    public Duration firstResponseTarget(TicketType type, Severity severity) {
        return scale(targets.get(type).firstResponse(), severity);
    }

    public SlaTarget target(TicketType type) {
        return targets.get(type);
    }

    public double warningShare() {
        return warningShare;
    }

    private WorkCalendar calendar(TicketType type) {
        return calendars.get(targets.get(type).calendar());
    }

    private Duration scale(Duration target, Severity severity) {
        return Duration.ofMillis(Math.round(target.toMillis() * severityFactors.get(severity)));
    }

    private Duration share(Duration target) {
        return Duration.ofMillis(Math.round(target.toMillis() * warningShare));
    }

    private static Instant millis(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }
}
