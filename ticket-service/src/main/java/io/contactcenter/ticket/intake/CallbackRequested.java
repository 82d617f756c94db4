package io.contactcenter.ticket.intake;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * contactcenter.call.callback-requested as ticket-service reads it: a caller waited past the
 * queue's maximum and asked to be called back. Enums stay strings (unknown values read as "other").
 */
public record CallbackRequested(@NotBlank String contactId, @NotBlank String queueId, String customerId,
        String callerNumber, String intent, String customerTier, @NotNull @PositiveOrZero Double waitSeconds,
        @NotNull Instant occurredAt) {

    public static final String TYPE = "contactcenter.call.callback-requested";
}
