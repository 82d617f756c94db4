package io.contactcenter.ticket.intake;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * contactcenter.call.ended as ticket-service reads it: only the fields it uses (the others are
 * ignored). Enums stay strings so a value added later reads as "other" instead of a poison record.
 */
public record CallEnded(@NotBlank String contactId, @NotBlank String agentId, @NotBlank String teamId,
        String customerId, String customerTier, @NotBlank String disposition, @NotNull Instant occurredAt) {

    public static final String TYPE = "contactcenter.call.ended";
}
