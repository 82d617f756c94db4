package io.contactcenter.ticket.ticket;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A ticket registered by hand (email, web form, letter ...). {@code severity} null means MEDIUM. */
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
        @Size(max = 64) String owningTeam) {
}
