package io.contactcenter.ticket.ticket;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.contactcenter.ticket.model.ContactDirection;
import io.contactcenter.ticket.model.TicketChannel;

/** A time the center and the customer were in touch about a ticket (phone, fax, on site ...). Append-only. */
@Entity
@Table(name = "customer_contact")
public class CustomerContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ticket_id", nullable = false)
    public UUID ticketId;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactDirection direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TicketChannel channel;

    @Column(nullable = false)
    public String summary;

    /** The contact (call) id, when the exchange was a contact the platform knows. */
    @Column(name = "contact_id")
    public String contactId;
}
