package io.contactcenter.quality.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** contactcenter.evaluation.completed (event-catalog/schemas): an evaluator scored a call. */
public record EvaluationCompleted(UUID evaluationId, String contactId, String agentId, String teamId,
        String evaluatorId, String selectionReason, String scorecardId, int scorecardVersion, double score,
        double rawScore, double passMark, boolean passed, boolean criticalFailed, List<SectionRate> sections,
        Instant occurredAt) {

    public static final String TYPE = "contactcenter.evaluation.completed";
}
