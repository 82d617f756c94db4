package io.contactcenter.quality.evaluation;

import java.time.Instant;
import java.util.UUID;

/** contactcenter.evaluation.acknowledged (event-catalog/schemas): the agent accepted the evaluation. */
public record EvaluationAcknowledged(UUID evaluationId, String contactId, String agentId, String teamId, double score,
        boolean passed, Instant occurredAt) {

    public static final String TYPE = "contactcenter.evaluation.acknowledged";
}
