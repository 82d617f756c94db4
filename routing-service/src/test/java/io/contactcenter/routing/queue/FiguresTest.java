package io.contactcenter.routing.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The arithmetic of the figures, from raw counters as the scripts keep them. */
class FiguresTest {

    /** 10 offered: 6 answered (4 within the threshold), 3 abandoned of which 1 short, 1 still waiting. */
    static final Map<String, String> DAY = Map.of("offered", "10", "answered", "6", "answeredInSl", "4",
            "abandoned", "3", "shortAbandoned", "1", "waitMsTotal", "30000", "handled", "5", "handleMsTotal", "600000");

    @Test
    void bothServiceLevelsAreReportedAndTheQueueSettingPicksTheHeadline() {
        Figures answeredOnly = Figures.of(DAY, false);
        assertEquals(66.67, answeredOnly.serviceLevelAnsweredOnlyPercent()); // 4 / 6
        assertEquals(50.0, answeredOnly.serviceLevelWithAbandonsPercent()); // 4 / (6 + 3 - 1)
        assertEquals(66.67, answeredOnly.serviceLevelPercent());
        assertFalse(answeredOnly.abandonsInServiceLevel());

        Figures withAbandons = Figures.of(DAY, true);
        assertEquals(50.0, withAbandons.serviceLevelPercent());
        assertEquals(66.67, withAbandons.serviceLevelAnsweredOnlyPercent());
        assertTrue(withAbandons.abandonsInServiceLevel());
    }

    @Test
    void shortAbandonsAreCountedApartAndLeftOutOfTheRates() {
        Figures f = Figures.of(DAY, false);
        assertEquals(3, f.abandoned(), "every abandon");
        assertEquals(1, f.shortAbandoned());
        assertEquals(22.22, f.abandonRatePercent()); // (3 - 1) / (10 - 1)
        assertEquals(5.0, f.averageSpeedOfAnswerSeconds());
        assertEquals(120.0, f.averageHandleSeconds());
    }

    @Test
    void ratesAreNullUntilTheyHaveADenominator() {
        Figures nothing = Figures.of(Map.of(), true);
        assertNull(nothing.serviceLevelPercent());
        assertNull(nothing.serviceLevelAnsweredOnlyPercent());
        assertNull(nothing.serviceLevelWithAbandonsPercent());
        assertNull(nothing.abandonRatePercent());
        // only short abandons: no service level either way, no abandon rate
        Figures onlyShort = Figures.of(Map.of("offered", "2", "abandoned", "2", "shortAbandoned", "2"), true);
        assertNull(onlyShort.serviceLevelWithAbandonsPercent());
        assertNull(onlyShort.abandonRatePercent());
        // abandons but nothing answered: 0 % counting abandons, none answered-only
        Figures onlyAbandons = Figures.of(Map.of("offered", "2", "abandoned", "2"), true);
        assertEquals(0.0, onlyAbandons.serviceLevelWithAbandonsPercent());
        assertNull(onlyAbandons.serviceLevelAnsweredOnlyPercent());
        assertEquals(100.0, onlyAbandons.abandonRatePercent());
    }

    @Test
    void occupancyIsWorkOverStaffedTimeWithoutNotReady() {
        Occupancy o = Occupancy.of(Map.of("agentAvailableMs", "255000", "agentReservedMs", "5000", "agentBusyMs", "60000",
                "agentWrapUpMs", "10000"));
        assertEquals(21.21, o.occupancyPercent()); // (60 + 10) / (255 + 5 + 60 + 10)
        assertNull(Occupancy.NONE.occupancyPercent(), "no staffed time, no occupancy");
        assertEquals(100.0, Occupancy.of(0, 0, 30000, 30000).occupancyPercent());
        assertEquals(Occupancy.of(255000, 5000, 120000, 10000), o.plus(Occupancy.of(0, 0, 60000, 0)));
        Figures f = Figures.of(Map.of("agentAvailableMs", "30000", "agentBusyMs", "10000"), false);
        assertEquals(25.0, f.occupancyPercent());
        assertEquals(o, f.withOccupancy(o).occupancy());
        assertEquals(62.5, f.plus(Figures.of(Map.of("agentBusyMs", "40000"), false)).occupancyPercent()); // 50 / 80
    }

    @Test
    void theCentresTotalsCountAbandonsInTheHeadlineOnlyIfEveryQueueDoes() {
        Figures a = Figures.of(DAY, true);
        Figures b = Figures.of(Map.of("offered", "2", "answered", "2", "answeredInSl", "2"), false);
        Figures mixed = Figures.total(List.of(a, b));
        assertEquals(12, mixed.offered());
        assertEquals(75.0, mixed.serviceLevelAnsweredOnlyPercent()); // 6 / 8
        assertEquals(60.0, mixed.serviceLevelWithAbandonsPercent()); // 6 / (8 + 2)
        assertFalse(mixed.abandonsInServiceLevel());
        assertEquals(75.0, mixed.serviceLevelPercent());

        Figures both = Figures.total(List.of(a, b.counts().figures(true)));
        assertTrue(both.abandonsInServiceLevel());
        assertEquals(60.0, both.serviceLevelPercent());
        assertEquals(Figures.NONE, Figures.total(List.of()));
    }
}
