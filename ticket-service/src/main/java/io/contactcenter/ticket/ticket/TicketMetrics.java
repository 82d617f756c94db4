package io.contactcenter.ticket.ticket;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.ticket.ticket.event.TicketAssigned;
import io.contactcenter.ticket.ticket.event.TicketClosed;
import io.contactcenter.ticket.ticket.event.TicketCreated;
import io.contactcenter.ticket.ticket.event.TicketEscalated;
import io.contactcenter.ticket.ticket.event.TicketReopened;
import io.contactcenter.ticket.ticket.event.TicketSlaWarning;
import io.contactcenter.ticket.ticket.event.TicketStatusChanged;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Domain counters where an operator looks (/q/metrics). Callers record after the transaction
 * committed, so rolled-back work is not counted.
 */
@ApplicationScoped
public class TicketMetrics {

    private final MeterRegistry registry;
    private final AtomicLong overdue = new AtomicLong();

    public TicketMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("tickets.overdue", overdue, AtomicLong::get)
                .description("Open tickets past their resolution due time, as of the last escalation run")
                .register(registry);
    }

    /**
     * Prometheus: {@code tickets_created_total{type,channel}}, {@code tickets_assigned_total{mode}},
     * {@code tickets_status_changes_total{status}}, {@code tickets_sla_warnings_total{target}},
     * {@code tickets_escalations_total{level}}, {@code tickets_closed_total{first_contact_resolution,sla_met}},
     * {@code tickets_reopened_total}.
     */
    public void record(List<Change> changes) {
        for (Change change : changes) {
            Object e = change.event();
            if (e instanceof TicketCreated c) {
                registry.counter("tickets.created", "type", c.type().name(), "channel", c.channel().name()).increment();
            } else if (e instanceof TicketAssigned a) {
                registry.counter("tickets.assigned", "mode", a.mode().name()).increment();
            } else if (e instanceof TicketStatusChanged s) {
                registry.counter("tickets.status.changes", "status", s.status().name()).increment();
            } else if (e instanceof TicketSlaWarning w) {
                registry.counter("tickets.sla.warnings", "target", w.target().name()).increment();
            } else if (e instanceof TicketEscalated x) {
                registry.counter("tickets.escalations", "level", Integer.toString(x.level())).increment();
            } else if (e instanceof TicketClosed c) {
                registry.counter("tickets.closed", "first_contact_resolution",
                        Boolean.toString(c.firstContactResolution()), "sla_met", Boolean.toString(c.slaMet()))
                        .increment();
            } else if (e instanceof TicketReopened) {
                registry.counter("tickets.reopened").increment();
            }
            // Reclassifications and customer contacts have no counter of their own.
        }
    }

    /** Prometheus: {@code tickets_overdue}. */
    public void overdue(long count) {
        overdue.set(count);
    }

    /**
     * Prometheus: {@code ticket_intake_skipped_total{reason}}: call events that opened no ticket because the
     * call had one. Other dispositions and redeliveries are the consumer's {@code events_consumed_total{outcome}}.
     */
    public void intakeSkipped(String reason) {
        registry.counter("ticket.intake.skipped", "reason", reason).increment();
    }
}
