package io.contactcenter.recognition.praise;

import java.time.Instant;

/**
 * One praise in an agent's history: what it was for (the customer's or supervisor's words, the
 * contact it refers to), where it came from, the month it counts for, and whether it reached the
 * boards ({@code COUNTED}) or arrived after its month or quarter had closed ({@code LATE}).
 */
public record PraiseEntry(
        String praiseId,
        String agentId,
        String teamId,
        String contactId,
        PraiseSource source,
        String comment,
        Instant occurredAt,
        String month,
        PraiseCounter.Outcome outcome) {
}
