package io.contactcenter.ticket.ticket;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a ticket's trail: when, who, what kind of change, from what to what. Append-only. */
@Entity
@Table(name = "ticket_history")
public class TicketHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ticket_id", nullable = false)
    public UUID ticketId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    /** CREATED, ASSIGNED, STATUS_CHANGED, RECLASSIFIED, CUSTOMER_CONTACT, SLA_WARNING, ESCALATED, CLOSED, REOPENED. */
    @Column(nullable = false)
    public String action;

    @Column(name = "from_value")
    public String fromValue;

    @Column(name = "to_value")
    public String toValue;

    /** The change in words. */
    @Column(nullable = false)
    public String change;

    static TicketHistory of(Ticket ticket, Instant at, String actor, Change change) {
        TicketHistory entry = new TicketHistory();
        entry.ticketId = ticket.id;
        entry.at = at;
        entry.actor = actor;
        entry.action = change.action();
        entry.fromValue = change.from();
        entry.toValue = change.to();
        entry.change = change.text();
        return entry;
    }
}
