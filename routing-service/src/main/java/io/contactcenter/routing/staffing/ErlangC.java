package io.contactcenter.routing.staffing;

/**
 * Erlang C (M/M/N queue, callers wait, nobody abandons): the staffing model behind every
 * workforce tool. Erlang B is computed by its recurrence, which stays exact for thousands of
 * agents where factorials overflow, and Erlang C is derived from it.
 */
public final class ErlangC {

    /** Above this many agents the search gives up: no center staffs one interval with more. */
    static final int MAX_AGENTS = 100_000;

    private ErlangC() {
    }

    /** Offered load in Erlangs: calls per interval times handle time, over the interval. */
    public static double trafficErlangs(double calls, double intervalSeconds, double handleSeconds) {
        return calls * handleSeconds / intervalSeconds;
    }

    /** Probability that a call must wait, with {@code agents} agents and {@code erlangs} of load. */
    public static double probabilityOfWaiting(int agents, double erlangs) {
        if (agents <= erlangs) {
            return 1.0; // overloaded: the queue grows without bound
        }
        double blocking = 1.0;
        for (int n = 1; n <= agents; n++) {
            blocking = erlangs * blocking / (n + erlangs * blocking);
        }
        return agents * blocking / (agents - erlangs * (1 - blocking));
    }

    /** Share of calls answered within {@code thresholdSeconds}. */
    public static double serviceLevel(int agents, double erlangs, double handleSeconds, double thresholdSeconds) {
        if (agents <= erlangs) {
            return 0.0;
        }
        return 1 - probabilityOfWaiting(agents, erlangs) * Math.exp(-(agents - erlangs) * thresholdSeconds / handleSeconds);
    }

    /** Average speed of answer in seconds (over all calls, including those answered at once). */
    public static double averageSpeedOfAnswer(int agents, double erlangs, double handleSeconds) {
        if (agents <= erlangs) {
            return Double.POSITIVE_INFINITY;
        }
        return probabilityOfWaiting(agents, erlangs) * handleSeconds / (agents - erlangs);
    }

    /** Fewest agents that reach the target share answered within the threshold. */
    public static int agentsFor(double erlangs, double handleSeconds, double thresholdSeconds, double targetShare) {
        int agents = Math.max(1, (int) Math.floor(erlangs) + 1);
        while (serviceLevel(agents, erlangs, handleSeconds, thresholdSeconds) < targetShare) {
            if (++agents > MAX_AGENTS) {
                throw new IllegalArgumentException("more than " + MAX_AGENTS + " agents needed");
            }
        }
        return agents;
    }
}
