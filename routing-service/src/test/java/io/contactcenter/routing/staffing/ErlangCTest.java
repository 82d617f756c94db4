package io.contactcenter.routing.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Against published worked examples, to the precision they print. */
class ErlangCTest {

    /**
     * The classic Erlang C tutorial example: 360 calls per half hour, 4-minute calls, 55 agents,
     * 15-second target: 48 Erlangs, occupancy 87.3%, probability of waiting 23.9%, ASA 8.2 s,
     * service level 84.6%.
     */
    @Test
    void threeHundredSixtyCallsPerHalfHour() {
        double a = ErlangC.trafficErlangs(360, 1800, 240);
        assertEquals(48.0, a, 1e-9);
        assertEquals(0.239, ErlangC.probabilityOfWaiting(55, a), 0.0005);
        assertEquals(8.2, ErlangC.averageSpeedOfAnswer(55, a, 240), 0.05);
        assertEquals(0.846, ErlangC.serviceLevel(55, a, 240, 15), 0.0005);
        assertEquals(0.873, a / 55, 0.0005);
    }

    /**
     * Call Centre Helper's example: 100 calls in 30 minutes, 3-minute handle time, 80% in 20 s:
     * 10 Erlangs; 13 agents give 79.6%, so 14 are needed (88.8%, ASA 7.8 s, occupancy 71.4%);
     * with 30% shrinkage, 20 agents must be scheduled.
     */
    @Test
    void hundredCallsInHalfAnHour() {
        double a = ErlangC.trafficErlangs(100, 1800, 180);
        assertEquals(0.796, ErlangC.serviceLevel(13, a, 180, 20), 0.0005);
        assertEquals(14, ErlangC.agentsFor(a, 180, 20, 0.80));
        assertEquals(0.888, ErlangC.serviceLevel(14, a, 180, 20), 0.0005);
        assertEquals(7.8, ErlangC.averageSpeedOfAnswer(14, a, 180), 0.05);
        StaffingAnswer answer = new StaffingResource().calculate(
                new StaffingRequest(100.0, 1800, 180.0, 80, 20, 30.0, null));
        assertEquals(14, answer.agentsNeeded());
        assertEquals(20, answer.agentsToSchedule());
        assertEquals(71.43, answer.occupancyPercent(), 0.005);
    }

    /**
     * A 9-1-1 centre application note: 30 calls an hour, two call takers: with 60-second calls
     * "fewer than 8 percent" wait more than 10 s; with 80-second calls "14 percent".
     */
    @Test
    void twoCallTakers() {
        double oneMinute = ErlangC.trafficErlangs(30, 3600, 60);
        assertEquals(0.078, 1 - ErlangC.serviceLevel(2, oneMinute, 60, 10), 0.0005);
        double eightySeconds = ErlangC.trafficErlangs(30, 3600, 80);
        assertEquals(0.14, 1 - ErlangC.serviceLevel(2, eightySeconds, 80, 10), 0.005);
    }

    @Test
    void overloadIsNeverStaffedBelowTheLoad() {
        assertEquals(1.0, ErlangC.probabilityOfWaiting(10, 10.0));
        assertEquals(0.0, ErlangC.serviceLevel(9, 10.0, 180, 20));
        assertEquals(1, ErlangC.agentsFor(0.01, 180, 20, 0.8));
    }

    @Test
    void largeCentersStayFinite() {
        double a = ErlangC.trafficErlangs(20_000, 1800, 300); // 3,333 Erlangs
        int n = ErlangC.agentsFor(a, 300, 10, 0.9);
        assertEquals(true, n > a && n < a * 1.05, "agents " + n);
    }
}
