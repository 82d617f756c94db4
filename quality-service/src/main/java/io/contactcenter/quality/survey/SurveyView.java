package io.contactcenter.quality.survey;

import java.time.Instant;

/**
 * A stored survey as the API shows it. {@code callKnown}: agent and team are the call's; false while
 * its call.ended has not been seen (they are the survey's own until then, and praise waits).
 */
public record SurveyView(String surveyId, String contactId, String agentId, String teamId, boolean callKnown,
        int satisfaction, boolean resolved, boolean praise, String comment, Instant answeredAt, Instant receivedAt) {

    static SurveyView of(Survey s) {
        return new SurveyView(s.surveyId, s.contactId, s.agentId, s.teamId, s.callKnown, s.satisfaction, s.resolved,
                s.praise, s.comment, s.answeredAt, s.receivedAt);
    }
}
