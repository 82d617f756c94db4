package io.contactcenter.recognition.rate;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The part of contactcenter.call.ended (event-catalog/schemas) recognition needs: one handled
 * contact of an agent in a team. Other fields are ignored.
 */
public record CallEnded(
        @NotBlank String contactId,
        @NotBlank String agentId,
        @NotBlank String teamId,
        @NotNull Instant occurredAt) {

    public static final String TYPE = "contactcenter.call.ended";
}
