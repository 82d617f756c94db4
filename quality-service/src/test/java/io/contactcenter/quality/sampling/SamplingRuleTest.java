package io.contactcenter.quality.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The sampling rule alone: no Quarkus, no database. */
class SamplingRuleTest {

    private static final int SAMPLE = 10_000;

    @Test
    void complaintsAreAlwaysSelectedWhateverTheShare() {
        SamplingRule none = new SamplingRule(0);
        IntStream.range(0, 1_000).mapToObj(i -> "c-" + i).forEach(id -> {
            assertEquals(Selection.because(SelectionReason.COMPLAINT), none.select(id, "COMPLAINT", "RESOLVED"));
            assertEquals(Selection.because(SelectionReason.COMPLAINT), none.select(id, "INQUIRY", "COMPLAINT"));
        });
    }

    @Test
    void zeroPercentSelectsNoOrdinaryContact() {
        SamplingRule none = new SamplingRule(0);
        assertEquals(0, selectedAmong(none, SAMPLE));
    }

    @Test
    void hundredPercentSelectsEveryOrdinaryContactAsRandom() {
        SamplingRule all = new SamplingRule(100);
        assertEquals(SAMPLE, selectedAmong(all, SAMPLE));
        assertEquals(SelectionReason.RANDOM, all.select("c-1", "INQUIRY", "RESOLVED").reason());
    }

    @Test
    void randomShareIsCloseToTheConfiguredPercent() {
        // Binomial(10,000, p): a standard deviation is at most 50 contacts; allow about 4.
        for (int percent : new int[] { 5, 10, 25 }) {
            int selected = selectedAmong(new SamplingRule(percent), SAMPLE);
            int expected = SAMPLE * percent / 100;
            assertTrue(Math.abs(selected - expected) <= 200,
                    percent + "% should select about " + expected + " of " + SAMPLE + ", selected " + selected);
        }
    }

    @Test
    void decisionIsDeterministicPerContact() {
        SamplingRule a = new SamplingRule(10);
        SamplingRule b = new SamplingRule(10);
        IntStream.range(0, SAMPLE).mapToObj(i -> "c-20261124-" + i).forEach(id -> {
            Selection first = a.select(id, "INQUIRY", "RESOLVED");
            assertEquals(first, a.select(id, "INQUIRY", "RESOLVED"));
            assertEquals(first, b.select(id, "INQUIRY", "RESOLVED"));
        });
        // Pinned values: a change of hash would silently re-draw every contact ever sampled.
        assertEquals(7364, SamplingRule.bucket("c-20261124-000123"));
        assertEquals(6503, SamplingRule.bucket("c-1"));
    }

    @Test
    void aLargerShareKeepsEveryContactTheSmallerOnePicked() {
        SamplingRule ten = new SamplingRule(10);
        SamplingRule twenty = new SamplingRule(20);
        IntStream.range(0, SAMPLE).mapToObj(i -> "c-" + i)
                .filter(id -> ten.select(id, "INQUIRY", "RESOLVED").selected())
                .forEach(id -> assertTrue(twenty.select(id, "INQUIRY", "RESOLVED").selected(), id));
    }

    @Test
    void unknownIntentOrDispositionIsAnOrdinaryContact() {
        Selection s = new SamplingRule(0).select("c-x", "BRAND_NEW_INTENT", "BRAND_NEW_OUTCOME");
        assertFalse(s.selected());
        assertEquals(null, s.reason());
    }

    @Test
    void percentOutsideZeroToHundredIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SamplingRule(-1));
        assertThrows(IllegalArgumentException.class, () -> new SamplingRule(101));
    }

    private static int selectedAmong(SamplingRule rule, int contacts) {
        return (int) IntStream.range(0, contacts).mapToObj(i -> "c-20261124-" + String.format("%06d", i))
                .filter(id -> rule.select(id, "INQUIRY", "RESOLVED").selected()).count();
    }
}
