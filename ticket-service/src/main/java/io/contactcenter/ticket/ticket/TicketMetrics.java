package io.contactcenter.ticket.ticket;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;

/** Domain counters; callers record after the transaction committed, so rolled-back work is not counted. */
@ApplicationScoped
public class TicketMetrics {

    private final MeterRegistry registry;

    public TicketMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Prometheus: {@code tickets_created_total{type,channel}}. */
    public void created(TicketView ticket) {
        registry.counter("tickets.created", "type", ticket.type().name(), "channel", ticket.channel().name())
                .increment();
    }

    /** Prometheus: {@code ticket_intake_skipped_total{reason}}: call events that opened no ticket, and why. */
    public void intakeSkipped(String reason) {
        registry.counter("ticket.intake.skipped", "reason", reason).increment();
    }
}
