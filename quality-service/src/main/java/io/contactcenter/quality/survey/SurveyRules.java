package io.contactcenter.quality.survey;

import java.util.Objects;

import io.contactcenter.platform.problem.ConflictProblem;
import io.contactcenter.quality.sampling.QaCandidate;

/**
 * Whose survey it is: the agent and team of the call it is about (call.ended), never the survey's
 * word against the call's. Plain Java, checked before anything is written.
 */
final class SurveyRules {

    private SurveyRules() {
    }

    /** A 409 when the survey names another agent or team than the call's; leaving them out is fine. */
    static void checkAgainstCall(NewSurvey survey, QaCandidate call) {
        if (survey.agentId() != null && !survey.agentId().equals(call.agentId)) {
            throw new ConflictProblem("survey " + survey.surveyId() + " names agent '" + survey.agentId()
                    + "', but contact " + call.contactId + " was handled by agent '" + call.agentId + "'");
        }
        if (survey.teamId() != null && !survey.teamId().equals(call.teamId)) {
            throw new ConflictProblem("survey " + survey.surveyId() + " names team '" + survey.teamId()
                    + "', but contact " + call.contactId + " was handled by team '" + call.teamId + "'");
        }
    }

    /** The call's agent and team, from now on; true if they differ from what the survey had said. */
    static boolean takeFromCall(Survey survey, QaCandidate call) {
        boolean differed = survey.agentId != null && !survey.agentId.equals(call.agentId)
                || survey.teamId != null && !Objects.equals(survey.teamId, call.teamId);
        survey.agentId = call.agentId;
        survey.teamId = call.teamId;
        survey.callKnown = true;
        return differed;
    }
}
