package io.contactcenter.quality.sampling;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The part of contactcenter.call.ended (event-catalog/schemas) that QA needs; other fields are
 * ignored. Intent and disposition stay strings so a value added to the catalog later is kept, not rejected.
 */
public record CallEnded(
        @NotBlank String contactId,
        @NotBlank String queueId,
        @NotBlank String agentId,
        @NotBlank String teamId,
        @NotBlank String intent,
        @NotBlank String disposition,
        @NotNull @PositiveOrZero Double talkSeconds,
        @NotNull Instant occurredAt) {

    public static final String TYPE = "contactcenter.call.ended";
}
