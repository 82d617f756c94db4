package io.contactcenter.ticket.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.contactcenter.ticket.TicketConfig;
import io.contactcenter.ticket.ticket.TicketType;

/** The resolution commitment: when a ticket of a given type is due. Plain Java, tested without Quarkus. */
@ApplicationScoped
public class SlaPolicy {

    private final Map<TicketType, Duration> targets;

    @Inject
    public SlaPolicy(TicketConfig config) {
        this(targets(config.sla()));
    }

    public SlaPolicy(Map<TicketType, Duration> targets) {
        for (TicketType type : TicketType.values()) {
            Duration target = targets.get(type);
            // Fail at start-up, not on the first ticket of a forgotten type.
            if (target == null || target.isNegative() || target.isZero()) {
                throw new IllegalArgumentException("ticket.sla needs a positive target for " + type + ", got " + target);
            }
        }
        this.targets = new EnumMap<>(targets);
    }

    /** Due time of a ticket whose issue was raised at {@code raisedAt}; the clock runs 24x7 in this slice. */
    public Instant dueAt(TicketType type, Instant raisedAt) {
        return raisedAt.plus(targets.get(type));
    }

    public Duration target(TicketType type) {
        return targets.get(type);
    }

    private static Map<TicketType, Duration> targets(TicketConfig.Sla sla) {
        return Map.of(TicketType.COMPLAINT, sla.complaint(), TicketType.FAULT, sla.fault(),
                TicketType.REQUEST, sla.request(), TicketType.SUGGESTION, sla.suggestion(),
                TicketType.INQUIRY_FOLLOW_UP, sla.inquiryFollowUp());
    }
}
