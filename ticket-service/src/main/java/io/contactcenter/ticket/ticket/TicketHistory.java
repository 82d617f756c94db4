package io.contactcenter.ticket.ticket;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a ticket's trail: when, who, what changed. Append-only. */
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

    @Column(nullable = false)
    public String change;

    static TicketHistory of(Ticket ticket, Instant at, String actor, String change) {
        TicketHistory entry = new TicketHistory();
        entry.ticketId = ticket.id;
        entry.at = at;
        entry.actor = actor;
        entry.change = change;
        return entry;
    }
}
