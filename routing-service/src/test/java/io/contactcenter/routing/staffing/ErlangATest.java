package io.contactcenter.routing.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.PriorityQueue;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Erlang A three ways: its limit without abandons is Erlang C (checked against the published Erlang C
 * example of {@link ErlangCTest}); two of its figures computed by different routes agree (abandons from
 * each caller's chance of being reached vs. Little's law on the queue); and a seeded simulation of the
 * M/M/N+M queue, caller by caller, lands on its figures within the simulation's own error.
 */
class ErlangATest {

    /** 360 calls per half hour, 4-minute calls, 55 agents, 15 s: Erlang C's 23.9%, 84.6%, 8.2 s. */
    @Test
    void withCallersWhoNeverHangUpItIsErlangC() {
        double a = ErlangC.trafficErlangs(360, 1800, 240);
        ErlangA.Figures f = ErlangA.figures(55, a, 240, 1e9, 15);
        assertEquals(0.239, f.probabilityOfWaiting(), 0.0005);
        assertEquals(0.846, f.serviceLevelAnsweredOnly(), 0.0005);
        assertEquals(0.846, f.serviceLevelWithAbandons(), 0.0005);
        assertEquals(8.2, f.averageSpeedOfAnswerSeconds(), 0.05);
        assertEquals(ErlangC.serviceLevel(55, a, 240, 15), f.serviceLevelAnsweredOnly(), 1e-5);
        assertEquals(ErlangC.averageSpeedOfAnswer(55, a, 240), f.averageSpeedOfAnswerSeconds(), 1e-3);
        assertEquals(0, f.abandoned(), 1e-6);
        assertEquals(48.0 / 55, f.occupancy(), 1e-5);
    }

    /** θ·E[queue]/λ (Little) is the abandon share the callers' own chances give: two routes, one number. */
    @Test
    void abandonsFromTheCallersChancesMatchLittlesLawOnTheQueue() {
        for (int agents : new int[] { 5, 36, 300 }) {
            for (double load : new double[] { 0.7, 1.0, 1.3 }) {
                ErlangA.Figures f = ErlangA.figures(agents, load * agents, 180, 90, 20);
                assertEquals(f.averageWaitSeconds() / 90, f.abandoned(), 1e-9, agents + " agents, load " + load);
                assertTrue(f.serviceLevelWithAbandons() <= f.serviceLevelAnsweredOnly());
                assertTrue(f.answeredWithin() >= 1 - f.probabilityOfWaiting());
            }
        }
    }

    /**
     * 36 agents for 36 Erlangs (Erlang C: the queue grows without end), patience 60 s, 20 s target: a
     * seeded simulation of 400,000 callers agrees with every figure. Tolerances are several times the
     * simulation's standard error (batch means of 20 batches, printed).
     */
    @Test
    void aSimulatedQueueWithImpatientCallersLandsOnTheFigures() {
        int agents = 36;
        double handle = 180;
        double patience = 60;
        double threshold = 20;
        double lambda = 36 / handle;
        ErlangA.Figures f = ErlangA.figures(agents, lambda * handle, handle, patience, threshold);
        Simulated s = simulate(agents, lambda, handle, patience, threshold, 400_000, 20, 7);
        System.out.printf("Erlang A vs simulation (±2 standard errors): waiting %.4f / %.4f ± %.4f, abandoned %.4f / %.4f ± %.4f, "
                + "answered within %.0f s %.4f / %.4f ± %.4f, ASA %.2f / %.2f ± %.2f s%n",
                f.probabilityOfWaiting(), s.waiting[0], 2 * s.waiting[1], f.abandoned(), s.abandoned[0], 2 * s.abandoned[1],
                threshold, f.answeredWithin(), s.within[0], 2 * s.within[1],
                f.averageSpeedOfAnswerSeconds(), s.asa[0], 2 * s.asa[1]);
        assertEquals(s.waiting[0], f.probabilityOfWaiting(), 0.01);
        assertEquals(s.abandoned[0], f.abandoned(), 0.01);
        assertEquals(s.within[0], f.answeredWithin(), 0.01);
        assertEquals(s.asa[0], f.averageSpeedOfAnswerSeconds(), 0.5);
        assertTrue(f.abandoned() > 0.05, "a queue that loses callers: " + f.abandoned());
    }

    /** Erlang C's 100 calls in half an hour (14 agents for 80% in 20 s): callers who hang up need fewer. */
    @Test
    void impatientCallersNeedNoMoreAgentsThanErlangC() {
        double a = ErlangC.trafficErlangs(100, 1800, 180);
        int erlangC = ErlangC.agentsFor(a, 180, 20, 0.80);
        for (boolean abandonsCount : new boolean[] { false, true }) {
            int needed = ErlangA.agentsFor(a, 180, 60, 20, 0.80, abandonsCount);
            assertTrue(needed <= erlangC, needed + " > " + erlangC);
            assertTrue(ErlangA.figures(needed, a, 180, 60, 20).serviceLevel(abandonsCount) >= 0.80);
            assertTrue(ErlangA.figures(needed - 1, a, 180, 60, 20).serviceLevel(abandonsCount) < 0.80);
        }
        assertEquals(erlangC, ErlangA.agentsFor(a, 180, 1e9, 20, 0.80, false), "no abandons: Erlang C's answer");
    }

    /** A 1,000-agent interval at 95% load stays finite and consistent. */
    @Test
    void aThousandAgents() {
        ErlangA.Figures f = ErlangA.figures(1000, 950, 300, 120, 10);
        assertTrue(f.serviceLevelAnsweredOnly() > 0 && f.serviceLevelAnsweredOnly() <= 1, f.toString());
        assertEquals(f.averageWaitSeconds() / 120, f.abandoned(), 1e-9);
        assertTrue(f.occupancy() < 0.95);
    }

    /** Mean and standard error (batch means) of each figure. */
    private record Simulated(double[] waiting, double[] abandoned, double[] within, double[] asa) {
    }

    /** FIFO queue, N agents, Poisson arrivals, exponential handle times and patience. */
    private static Simulated simulate(int agents, double lambda, double handle, double patience, double threshold,
            int callers, int batches, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        PriorityQueue<Double> free = new PriorityQueue<>();
        for (int i = 0; i < agents; i++) {
            free.add(0.0);
        }
        int perBatch = callers / batches;
        int warmUp = callers / 20;
        double[][] batch = new double[4][batches];
        double arrival = 0;
        int[] waitedB = new int[batches];
        int[] abandonedB = new int[batches];
        int[] withinB = new int[batches];
        int[] answeredB = new int[batches];
        double[] waitOfAnsweredB = new double[batches];
        for (int i = -warmUp; i < callers; i++) {
            arrival += exponential(random, 1 / lambda);
            double start = Math.max(arrival, free.peek());
            double wait = start - arrival;
            boolean answered = wait <= exponential(random, patience);
            if (answered) {
                free.poll();
                free.add(start + exponential(random, handle));
            }
            if (i < 0) {
                continue;
            }
            int b = Math.min(batches - 1, i / perBatch);
            waitedB[b] += wait > 0 ? 1 : 0;
            abandonedB[b] += answered ? 0 : 1;
            if (answered) {
                answeredB[b]++;
                waitOfAnsweredB[b] += wait;
                withinB[b] += wait <= threshold ? 1 : 0;
            }
        }
        for (int b = 0; b < batches; b++) {
            batch[0][b] = waitedB[b] / (double) perBatch;
            batch[1][b] = abandonedB[b] / (double) perBatch;
            batch[2][b] = withinB[b] / (double) perBatch;
            batch[3][b] = waitOfAnsweredB[b] / answeredB[b];
        }
        return new Simulated(meanAndError(batch[0]), meanAndError(batch[1]), meanAndError(batch[2]), meanAndError(batch[3]));
    }

    private static double exponential(SplittableRandom random, double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    private static double[] meanAndError(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v / values.length;
        }
        double var = 0;
        for (double v : values) {
            var += (v - mean) * (v - mean) / (values.length - 1);
        }
        return new double[] { mean, Math.sqrt(var / values.length) };
    }
}
