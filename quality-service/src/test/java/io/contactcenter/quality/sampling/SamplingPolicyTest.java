package io.contactcenter.quality.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.contactcenter.quality.staff.StaffService;

/** The sampling policy alone: no Quarkus, no database. */
class SamplingPolicyTest {

    private static final int SAMPLE = 10_000;
    private final SamplingPolicy policy = new SamplingPolicy(5, 10, 0);

    @Test
    void complaintsAreAlwaysPickedAndUseNoQuota() {
        SamplingPolicy none = new SamplingPolicy(0, 0, 0);
        IntStream.range(0, 1_000).mapToObj(i -> "c-" + i).forEach(id -> {
            assertEquals(Selection.because(SelectionReason.COMPLAINT), none.select(facts(id, "COMPLAINT", "RESOLVED", false, false, 99)));
            assertEquals(Selection.because(SelectionReason.COMPLAINT), none.select(facts(id, "INQUIRY", "COMPLAINT", false, false, 99)));
        });
        assertFalse(SamplingPolicy.routine(SelectionReason.COMPLAINT));
        assertFalse(SamplingPolicy.routine(SelectionReason.LOW_SURVEY));
    }

    @Test
    void lowSurveyIsPickedEvenWithTheQuotaFull() {
        assertEquals(Selection.because(SelectionReason.LOW_SURVEY),
                policy.select(facts("c-1", "INQUIRY", "RESOLVED", true, false, 5)));
    }

    @Test
    void routineCallsFillTheWeeklyQuotaThenStop() {
        List<Selection> week = new ArrayList<>();
        long routine = 0;
        for (int i = 0; i < 8; i++) {
            Selection s = policy.select(facts("c-" + i, "INQUIRY", "RESOLVED", false, false, routine));
            week.add(s);
            routine += s.selected() && SamplingPolicy.routine(s.reason()) ? 1 : 0;
        }
        assertEquals(5, week.stream().filter(Selection::selected).count());
        assertTrue(week.subList(0, 5).stream().allMatch(s -> s.reason() == SelectionReason.QUOTA));
        assertTrue(week.subList(5, 8).stream().noneMatch(Selection::selected));
    }

    @Test
    void newAgentsGetTheLargerQuotaTheExtraCallsSayWhy() {
        assertEquals(SelectionReason.QUOTA, policy.select(facts("c", "INQUIRY", "RESOLVED", false, true, 4)).reason());
        assertEquals(SelectionReason.NEW_AGENT, policy.select(facts("c", "INQUIRY", "RESOLVED", false, true, 5)).reason());
        assertEquals(SelectionReason.NEW_AGENT, policy.select(facts("c", "INQUIRY", "RESOLVED", false, true, 9)).reason());
        assertFalse(policy.select(facts("c", "INQUIRY", "RESOLVED", false, true, 10)).selected());
        assertTrue(SamplingPolicy.routine(SelectionReason.NEW_AGENT));
    }

    @Test
    void newAgentMeansWithinThePeriodAfterTheHireDate() {
        LocalDate hired = LocalDate.of(2026, 1, 31);
        Period threeMonths = Period.ofMonths(3);
        assertTrue(StaffService.isNewAgent(hired, hired, threeMonths));
        assertTrue(StaffService.isNewAgent(hired, LocalDate.of(2026, 4, 29), threeMonths));
        assertFalse(StaffService.isNewAgent(hired, LocalDate.of(2026, 4, 30), threeMonths), "Jan 31 + 3 months = Apr 30");
        assertFalse(StaffService.isNewAgent(hired, LocalDate.of(2026, 1, 30), threeMonths), "before the hire date");
        assertFalse(StaffService.isNewAgent(null, hired, threeMonths), "unregistered agents are not new");
    }

    @Test
    void weeksRunMondayToSundayInTheCentersTimeZone() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        // Sunday 2026-03-08 23:30 in Shanghai is 15:30 UTC: still the week of Monday 2026-03-02.
        assertEquals(LocalDate.of(2026, 3, 2), SamplingPolicy.weekOf(Instant.parse("2026-03-08T15:30:00Z"), shanghai));
        // Sunday 16:30 UTC is Monday 00:30 in Shanghai: the next week.
        assertEquals(LocalDate.of(2026, 3, 9), SamplingPolicy.weekOf(Instant.parse("2026-03-08T16:30:00Z"), shanghai));
    }

    @Test
    void randomShareAfterTheQuotaIsCloseToTheConfiguredPercentAndDeterministic() {
        for (int percent : new int[] { 5, 10, 25 }) {
            SamplingPolicy p = new SamplingPolicy(0, 0, percent);
            int selected = selectedAmong(p);
            int expected = SAMPLE * percent / 100;
            // Binomial(10,000, p): a standard deviation is at most 50 contacts; allow about 4.
            assertTrue(Math.abs(selected - expected) <= 200,
                    percent + "% should select about " + expected + " of " + SAMPLE + ", selected " + selected);
        }
        assertEquals(0, selectedAmong(new SamplingPolicy(0, 0, 0)));
        assertEquals(SAMPLE, selectedAmong(new SamplingPolicy(0, 0, 100)));
        // Pinned values: a change of hash would silently re-draw every contact ever sampled.
        assertEquals(7364, SamplingPolicy.bucket("c-20261124-000123"));
        assertEquals(6503, SamplingPolicy.bucket("c-1"));
    }

    @Test
    void unknownIntentOrDispositionIsAnOrdinaryCall() {
        Selection s = new SamplingPolicy(0, 0, 0).select(facts("c-x", "BRAND_NEW_INTENT", "BRAND_NEW_OUTCOME", false, false, 0));
        assertFalse(s.selected());
        assertEquals(null, s.reason());
    }

    @Test
    void outOfRangeSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SamplingPolicy(0, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> new SamplingPolicy(0, 0, 101));
        assertThrows(IllegalArgumentException.class, () -> new SamplingPolicy(-1, 0, 0));
    }

    private static SamplingPolicy.Facts facts(String contact, String intent, String disposition, boolean lowSurvey,
            boolean newAgent, long routine) {
        return new SamplingPolicy.Facts(contact, intent, disposition, lowSurvey, newAgent, routine);
    }

    private static int selectedAmong(SamplingPolicy p) {
        return (int) IntStream.range(0, SAMPLE).mapToObj(i -> "c-20261124-" + String.format("%06d", i))
                .filter(id -> p.select(facts(id, "INQUIRY", "RESOLVED", false, false, 0)).selected()).count();
    }
}
