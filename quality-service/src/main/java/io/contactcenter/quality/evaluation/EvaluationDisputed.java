package io.contactcenter.quality.evaluation;

import java.time.Instant;
import java.util.UUID;

/** contactcenter.evaluation.disputed (event-catalog/schemas): the agent disputed; a second reviewer takes it. */
public record EvaluationDisputed(UUID evaluationId, String contactId, String agentId, String teamId,
        String evaluatorId, String reviewerId, String reason, double score, Instant occurredAt) {

    public static final String TYPE = "contactcenter.evaluation.disputed";
}
