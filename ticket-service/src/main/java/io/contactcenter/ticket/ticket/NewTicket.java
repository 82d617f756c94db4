package io.contactcenter.ticket.ticket;

import java.time.Instant;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.contactcenter.ticket.model.Severity;
import io.contactcenter.ticket.model.TicketChannel;
import io.contactcenter.ticket.model.TicketType;

/**
 * A ticket registered by a person (email, web form, letter, or an agent during a call).
 * {@code severity} null means MEDIUM. {@code owningTeam} null: the dispatch rules pick the team.
 * {@code receivedAt}: when the email or letter arrived (default now); the commitments run from there.
 * {@code sourceContactId}: the contact (call) it was raised on; with {@code resolution} it is
 * registered already resolved on that contact, a first-contact resolution.
 */
public record NewTicket(
        @NotNull TicketType type,
        @NotNull TicketChannel channel,
        Severity severity,
        @NotBlank @Size(max = 200) String subject,
        @Size(max = 4000) String description,
        @Size(max = 64) String category,
        @Size(max = 64) String customerId,
        @Size(max = 200) String customerName,
        @Size(max = 32) String customerPhone,
        @Email @Size(max = 254) String customerEmail,
        @Size(max = 200) String customerCompany,
        @Size(max = 64) String owningTeam,
        @Size(max = 64) String sourceContactId,
        Instant receivedAt,
        @Size(max = 4000) String resolution) {
}
