package io.contactcenter.quality.scorecard;

import static io.contactcenter.quality.scorecard.TestScorecards.callA;
import static io.contactcenter.quality.scorecard.TestScorecards.defaultCard;
import static io.contactcenter.quality.scorecard.TestScorecards.perfect;
import static io.contactcenter.quality.scorecard.TestScorecards.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.contactcenter.platform.problem.InvalidFieldProblem;

/** Scoring alone: weights, scale answers, not-applicable items, critical items, pass mark. No Quarkus. */
class ScoringTest {

    private final Scorecard card = defaultCard();

    @Test
    void fullMarksScoreHundredAndPass() {
        ScoreResult r = Scoring.score(card, perfect());
        assertEquals(100.0, r.score());
        assertEquals(100.0, r.rawScore());
        assertTrue(r.passed());
        assertFalse(r.criticalFailed());
        assertEquals(100, card.maxPoints());
    }

    @Test
    void weightsScaleAnswersAndNotApplicableItemsAsWorkedByHand() {
        ScoreResult r = Scoring.score(card, callA());
        assertEquals(76.14, r.score());
        assertEquals(76.14, r.rawScore());
        assertFalse(r.passed(), "76.14 < 80");
        assertFalse(r.criticalFailed());
        Map<String, Double> rates = r.sections().stream()
                .collect(Collectors.toMap(SectionScore::section, SectionScore::scoreRate));
        assertEquals(Map.of("service-skill", 70.0, "empathy", 90.0, "service-initiative", 0.0, "courtesy", 66.67,
                "business-accuracy", 100.0), rates);
        SectionScore skill = r.sections().get(0);
        assertEquals(14.0, skill.earned());
        assertEquals(20.0, skill.applicable(), "the NA hold-transfer item leaves 20 of 25 points");
        ItemScore hold = item(r, "hold-transfer");
        assertFalse(hold.applicable());
        assertEquals(0.0, hold.earned());
        assertEquals(6.0, item(r, "explanation").earned(), "3 of 5 on a 10-point scale item");
    }

    @Test
    void notApplicableItemNeitherHelpsNorHurts() {
        // Same answers, follow-up YES instead of NA: 74 of 95 = 77.89 (a YES adds its points to both sides).
        assertEquals(77.89, Scoring.score(card, with(callA(), "follow-up", "YES")).score());
        // follow-up NO instead of NA: 67 of 95 = 70.53.
        assertEquals(70.53, Scoring.score(card, with(callA(), "follow-up", "NO")).score());
    }

    @Test
    void aSectionWithEveryItemNotApplicableHasNoRate() {
        Scorecard small = new Scorecard("s", 1, "s", 50, List.of(
                new SectionDefinition("a", "A", List.of(new ItemDefinition("x", "x", AnswerType.YES_NO, 10, null, false, false))),
                new SectionDefinition("b", "B", List.of(new ItemDefinition("y", "y", AnswerType.YES_NO, 10, null, false, true)))));
        ScoreResult r = Scoring.score(small, Map.of("x", "YES", "y", "NA"));
        assertEquals(100.0, r.score());
        assertNull(r.sections().get(1).scoreRate());
    }

    @Test
    void failedCriticalItemFailsTheWholeEvaluation() {
        ScoreResult r = Scoring.score(card, with(perfect(), "correct-information", "NO"));
        assertEquals(85.0, r.rawScore(), "85 of 100 would pass on its own");
        assertEquals(0.0, r.score());
        assertTrue(r.criticalFailed());
        assertFalse(r.passed());
        assertTrue(item(r, "correct-information").failed());
        assertFalse(item(r, "correct-procedure").failed(), "a NO on a non-critical item is no critical failure");
    }

    @Test
    void zeroOnACriticalScaleItemFailsItButALowNonZeroDoesNot() {
        Scorecard scaled = new Scorecard("s", 1, "s", 50, List.of(new SectionDefinition("a", "A", List.of(
                new ItemDefinition("tone", "tone", AnswerType.SCALE, 10, 4, true, false),
                new ItemDefinition("other", "other", AnswerType.YES_NO, 10, null, false, false)))));
        assertTrue(Scoring.score(scaled, Map.of("tone", "0", "other", "YES")).criticalFailed());
        ScoreResult low = Scoring.score(scaled, Map.of("tone", "1", "other", "YES"));
        assertFalse(low.criticalFailed());
        assertEquals(62.5, low.score(), "(2.5 + 10) of 20");
    }

    @Test
    void passMarkIsInclusive() {
        // 100 - proactive 8 - follow-up 7 - closing 5 = exactly 80.
        ScoreResult r = Scoring.score(card, with(perfect(), "proactive-help", "NO", "follow-up", "NO", "closing", "NO"));
        assertEquals(80.0, r.score());
        assertTrue(r.passed());
    }

    @Test
    void badAnswersNameTheItem() {
        assertField("answers.patience", with(perfect(), "patience", "6"));
        assertField("answers.patience", with(perfect(), "patience", "good"));
        assertField("answers.greeting", with(perfect(), "greeting", "MAYBE"));
        assertField("answers.greeting", with(perfect(), "greeting", "NA"));
        assertField("answers.listening", without(perfect(), "listening"));
        assertField("answers.smile", with(perfect(), "smile", "YES"));
        assertField("answers", Map.of());
    }

    @Test
    void everythingNotApplicableIsRefused() {
        Scorecard optional = new Scorecard("s", 1, "s", 50, List.of(new SectionDefinition("a", "A",
                List.of(new ItemDefinition("x", "x", AnswerType.YES_NO, 10, null, false, true)))));
        assertField("answers", Map.of("x", "NA"), optional);
    }

    @Test
    void scorecardRulesNameTheOffendingField() {
        ItemDefinition ok = new ItemDefinition("x", "x", AnswerType.YES_NO, 10, null, false, false);
        SectionDefinition a = new SectionDefinition("a", "A", List.of(ok));
        assertRule("sections[1].key", new ScorecardDefinition("n", 80.0, List.of(a, a)));
        assertRule("sections[1].items[0].key", new ScorecardDefinition("n", 80.0,
                List.of(a, new SectionDefinition("b", "B", List.of(ok)))));
        assertRule("sections[0].items[0].scaleMax", new ScorecardDefinition("n", 80.0, List.of(new SectionDefinition(
                "a", "A", List.of(new ItemDefinition("x", "x", AnswerType.SCALE, 10, null, false, false))))));
        assertRule("sections[0].items[0].scaleMax", new ScorecardDefinition("n", 80.0, List.of(new SectionDefinition(
                "a", "A", List.of(new ItemDefinition("x", "x", AnswerType.YES_NO, 10, 5, false, false))))));
        ScorecardRules.check(new ScorecardDefinition("n", 80.0, List.of(a)));
    }

    private static ItemScore item(ScoreResult r, String key) {
        return r.items().stream().filter(i -> i.item().equals(key)).findFirst().orElseThrow();
    }

    private void assertField(String field, Map<String, String> answers) {
        assertField(field, answers, card);
    }

    private static void assertField(String field, Map<String, String> answers, Scorecard card) {
        InvalidFieldProblem p = assertThrows(InvalidFieldProblem.class, () -> Scoring.score(card, answers));
        assertEquals(field, p.field(), p.getMessage());
    }

    private static void assertRule(String field, ScorecardDefinition definition) {
        InvalidFieldProblem p = assertThrows(InvalidFieldProblem.class, () -> ScorecardRules.check(definition));
        assertEquals(field, p.field(), p.getMessage());
    }

    private static Map<String, String> without(Map<String, String> base, String key) {
        Map<String, String> copy = new HashMap<>(base);
        copy.remove(key);
        return copy;
    }
}
