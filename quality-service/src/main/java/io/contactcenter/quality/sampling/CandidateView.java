package io.contactcenter.quality.sampling;

import java.time.Instant;

/** A QA candidate as the API shows it. */
public record CandidateView(String contactId, String agentId, String teamId, String queueId, String intent,
        String disposition, double talkSeconds, Instant endedAt, boolean selected, SelectionReason selectionReason,
        Instant recordedAt) {

    static CandidateView of(QaCandidate c) {
        return new CandidateView(c.contactId, c.agentId, c.teamId, c.queueId, c.intent, c.disposition, c.talkSeconds,
                c.endedAt, c.selected, c.selectionReason, c.recordedAt);
    }
}
