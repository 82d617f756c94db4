package io.contactcenter.recognition.praise;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Body of {@code contactcenter.praise.received} (topic praise-events), as this service reads it.
 * Also what a supervisor's manual entry becomes, so both are counted by the same code.
 */
public record PraiseReceived(
        @NotBlank String praiseId,
        @NotBlank String agentId,
        /** Null when unknown: the praise then counts on the center boards only. */
        String teamId,
        String contactId,
        @NotNull PraiseSource source,
        String comment,
        @NotNull Instant occurredAt) {

    /** The team board to bump, if any (blank counts as unknown). */
    public String teamOrNull() {
        return teamId == null || teamId.isBlank() ? null : teamId;
    }
}
