package io.contactcenter.ticket.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.contactcenter.ticket.model.ConfirmationChannel;
import io.contactcenter.ticket.model.ContactDirection;
import io.contactcenter.ticket.model.Severity;
import io.contactcenter.ticket.model.TicketChannel;
import io.contactcenter.ticket.model.TicketStatus;
import io.contactcenter.ticket.model.TicketType;

/**
 * Bodies of the requests that change a ticket. Each carries the {@code version} the caller read:
 * if the ticket changed since, the request is refused with 409 instead of overwriting that change.
 */
public final class TicketRequests {

    private TicketRequests() {
    }

    /** To IN_PROGRESS, WAITING_ON_CUSTOMER, RESOLVED (needs {@code resolution}) or REOPENED. */
    public record StatusChange(
            @NotNull Long version,
            @NotNull TicketStatus status,
            @Size(max = 500) String reason,
            @Size(max = 4000) String resolution,
            /** The contact during which it was resolved: the opening call makes it a first-contact resolution. */
            @Size(max = 64) String contactId) {
    }

    /** Neither field: dispatch by the rules. {@code team} only: its least-loaded member. {@code assignee}: that person. */
    public record Assignment(
            @NotNull Long version,
            @Size(max = 64) String team,
            @Size(max = 64) String assignee) {
    }

    /** The customer's verdict on the resolution, from a follow-up call or a survey. */
    public record Confirmation(
            @NotNull Long version,
            @NotNull Boolean satisfied,
            @NotNull ConfirmationChannel via,
            @Size(max = 2000) String comment) {
    }

    /** Null fields stay as they are; a blank category clears it. */
    public record Reclassification(
            @NotNull Long version,
            TicketType type,
            Severity severity,
            @Size(max = 64) String category) {
    }

    public record Note(@NotBlank @Size(max = 4000) String text) {
    }

    public record Contact(
            @NotNull ContactDirection direction,
            @NotNull TicketChannel channel,
            @NotBlank @Size(max = 2000) String summary,
            @Size(max = 64) String contactId) {
    }
}
