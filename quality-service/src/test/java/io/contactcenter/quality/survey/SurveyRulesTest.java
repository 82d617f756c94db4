package io.contactcenter.quality.survey;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.contactcenter.platform.problem.ConflictProblem;
import io.contactcenter.quality.sampling.QaCandidate;

class SurveyRulesTest {

    private static final QaCandidate CALL = call("c-1", "a-1", "team-1");

    @Test
    void aSurveyNamingAnotherAgentOrTeamThanTheCallsIsAConflict() {
        assertDoesNotThrow(() -> SurveyRules.checkAgainstCall(survey("a-1", "team-1"), CALL));
        assertDoesNotThrow(() -> SurveyRules.checkAgainstCall(survey(null, null), CALL));
        assertThrows(ConflictProblem.class, () -> SurveyRules.checkAgainstCall(survey("a-2", "team-1"), CALL));
        assertThrows(ConflictProblem.class, () -> SurveyRules.checkAgainstCall(survey("a-1", "team-2"), CALL));
        assertThrows(ConflictProblem.class, () -> SurveyRules.checkAgainstCall(survey(null, "team-2"), CALL));
    }

    @Test
    void theCallsAgentAndTeamReplaceWhatTheSurveySaid() {
        Survey unnamed = stored(null, null);
        assertFalse(SurveyRules.takeFromCall(unnamed, CALL), "nothing was said, nothing differed");
        assertEquals("a-1", unnamed.agentId);
        assertEquals("team-1", unnamed.teamId);
        assertTrue(unnamed.callKnown);

        Survey wrong = stored("a-9", "team-1");
        assertTrue(SurveyRules.takeFromCall(wrong, CALL));
        assertEquals("a-1", wrong.agentId);
    }

    private static NewSurvey survey(String agentId, String teamId) {
        return new NewSurvey("s-1", "c-1", agentId, teamId, 5, true, true, null, null);
    }

    private static Survey stored(String agentId, String teamId) {
        Survey s = new Survey();
        s.surveyId = "s-1";
        s.contactId = "c-1";
        s.agentId = agentId;
        s.teamId = teamId;
        return s;
    }

    private static QaCandidate call(String contactId, String agentId, String teamId) {
        QaCandidate c = new QaCandidate();
        c.contactId = contactId;
        c.agentId = agentId;
        c.teamId = teamId;
        return c;
    }
}
