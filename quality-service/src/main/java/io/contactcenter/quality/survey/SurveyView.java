package io.contactcenter.quality.survey;

import java.time.Instant;

/** A stored survey as the API shows it. */
public record SurveyView(String surveyId, String contactId, String agentId, String teamId, int satisfaction,
        boolean resolved, boolean praise, String comment, Instant answeredAt, Instant receivedAt) {

    static SurveyView of(Survey s) {
        return new SurveyView(s.surveyId, s.contactId, s.agentId, s.teamId, s.satisfaction, s.resolved, s.praise,
                s.comment, s.answeredAt, s.receivedAt);
    }
}
