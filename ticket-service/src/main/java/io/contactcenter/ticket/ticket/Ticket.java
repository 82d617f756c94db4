package io.contactcenter.ticket.ticket;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A registered issue and who answers for it. Never leaves {@link TicketService}: callers get a {@link TicketView}. */
@Entity
@Table(name = "ticket")
public class Ticket {

    /** Assigned here, not by the database: the ticket.created event needs it in the same transaction. */
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TicketType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TicketChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TicketStatus status;

    @Column(nullable = false)
    public String subject;

    public String description;

    public String category;

    @Column(name = "customer_id")
    public String customerId;

    @Column(name = "customer_name")
    public String customerName;

    @Column(name = "customer_phone")
    public String customerPhone;

    @Column(name = "customer_email")
    public String customerEmail;

    /** The call the ticket was raised from; unique, so one call opens at most one ticket. */
    @Column(name = "source_contact_id", unique = true)
    public String sourceContactId;

    /** Who registered the ticket and signs for it (DOMAIN.md: "who recorded it signs it"). */
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "owning_team")
    public String owningTeam;

    public String assignee;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Optimistic locking: concurrent edits (dispatch, status changes) must not overwrite each other. */
    @Version
    public Long version;
}
