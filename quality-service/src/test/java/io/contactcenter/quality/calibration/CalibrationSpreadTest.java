package io.contactcenter.quality.calibration;

import static io.contactcenter.quality.scorecard.TestScorecards.callA;
import static io.contactcenter.quality.scorecard.TestScorecards.defaultCard;
import static io.contactcenter.quality.scorecard.TestScorecards.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.contactcenter.quality.scorecard.ScoreResult;
import io.contactcenter.quality.scorecard.Scorecard;
import io.contactcenter.quality.scorecard.Scoring;

/**
 * The spread of a known set of scores, worked by hand. Reference: call A (76.14). qa-1 also gives
 * the closing (72/88 = 81.82, +5.68); qa-2 gives listening 2 instead of 4 (63/88 = 71.59, -4.55);
 * qa-3 misses the correct information, a critical item (0, -76.14).
 */
class CalibrationSpreadTest {

    private final Scorecard card = defaultCard();

    @Test
    void overallSpreadAgainstTheReference() {
        CalibrationSpread.Report r = CalibrationSpread.of("qa-lead", knownSet(), 5);

        assertEquals(List.of(new CalibrationSpread.Participant("qa-1", 81.82, 5.68, false),
                new CalibrationSpread.Participant("qa-2", 71.59, -4.55, true),
                new CalibrationSpread.Participant("qa-3", 0.0, -76.14, false)), r.participants());
        CalibrationSpread.Overall o = r.overall();
        assertEquals(3, o.participants());
        assertEquals(76.14, o.referenceScore());
        assertEquals(51.14, o.meanScore(), "(81.82 + 71.59 + 0) / 3");
        assertEquals(81.82, o.scoreRange(), "81.82 - 0, reference included");
        assertEquals(28.79, o.meanAbsoluteDeviation(), "(5.68 + 4.55 + 76.14) / 3");
        assertEquals(76.14, o.maxAbsoluteDeviation());
        assertEquals(44.16, o.rootMeanSquareDeviation(), "sqrt((5.68^2 + 4.55^2 + 76.14^2) / 3)");
        assertEquals(33.33, o.withinTolerancePercent(), "only qa-2 is within 5 points");
    }

    @Test
    void spreadPerItem() {
        Map<String, CalibrationSpread.ItemSpread> items = new LinkedHashMap<>();
        CalibrationSpread.of("qa-lead", knownSet(), 5).items().forEach(i -> items.put(i.item(), i));

        CalibrationSpread.ItemSpread closing = items.get("closing");
        assertEquals("NO", closing.referenceAnswer());
        assertEquals(0.0, closing.referenceRate());
        assertEquals(Map.of("qa-1", "YES", "qa-2", "NO", "qa-3", "NO"), closing.answers());
        assertEquals(66.67, closing.agreementPercent());
        assertEquals(33.33, closing.meanAbsoluteDeviation(), "(100 + 0 + 0) / 3");
        assertEquals(100.0, closing.maxAbsoluteDeviation());
        assertEquals(100.0, closing.rateRange());

        CalibrationSpread.ItemSpread listening = items.get("listening");
        assertEquals(80.0, listening.referenceRate(), "4 of 5");
        assertEquals(66.67, listening.agreementPercent());
        assertEquals(13.33, listening.meanAbsoluteDeviation(), "(0 + 40 + 0) / 3");
        assertEquals(40.0, listening.rateRange());

        CalibrationSpread.ItemSpread hold = items.get("hold-transfer");
        assertEquals(100.0, hold.agreementPercent(), "everyone said NA");
        assertNull(hold.meanAbsoluteDeviation(), "nothing applicable to compare");
        assertNull(hold.rateRange());

        CalibrationSpread.ItemSpread patience = items.get("patience");
        assertEquals(100.0, patience.agreementPercent());
        assertEquals(0.0, patience.meanAbsoluteDeviation());
        assertEquals(12, items.size());
    }

    @Test
    void withoutTheReferenceOnlyAnswersAndRangesAreGiven() {
        Map<String, ScoreResult> scores = knownSet();
        scores.remove("qa-lead");
        CalibrationSpread.Report r = CalibrationSpread.of("qa-lead", scores, 5);
        assertNull(r.overall().referenceScore());
        assertNull(r.overall().meanAbsoluteDeviation());
        assertEquals(51.14, r.overall().meanScore());
        assertEquals(81.82, r.overall().scoreRange());
        assertNull(r.participants().get(0).deviation());
        assertNull(r.items().get(0).agreementPercent());
    }

    private Map<String, ScoreResult> knownSet() {
        Map<String, ScoreResult> scores = new LinkedHashMap<>();
        scores.put("qa-lead", Scoring.score(card, callA()));
        scores.put("qa-1", Scoring.score(card, with(callA(), "closing", "YES")));
        scores.put("qa-2", Scoring.score(card, with(callA(), "listening", "2")));
        scores.put("qa-3", Scoring.score(card, with(callA(), "correct-information", "NO")));
        return scores;
    }
}
