package io.contactcenter.routing.staffing;

/**
 * Erlang A (Palm's M/M/N+M queue): Erlang C with callers who hang up. Each caller's patience is
 * exponential with the given mean; one who is not answered by then abandons. With abandons the queue
 * is stable at any load, and it needs fewer agents than Erlang C, which assumes everyone waits
 * forever (what centres see: Erlang C over-staffs when callers do hang up).
 *
 * <p>Exact, not the diffusion approximation: the number of callers in the system is a birth-death
 * chain (arrivals λ; departures min(k, N)·μ + max(k − N, 0)·θ), solved in log space so that thousands
 * of agents do not overflow, and cut where the remaining probability is below {@link #TAIL}. A
 * caller who arrives with j callers queued ahead is answered when j + 1 departures from the front
 * happen before its own patience runs out; in that state the front moves at N·μ + j·θ and the caller
 * leaves at θ. Those holding times give the probability of being answered, the expected wait of the
 * answered, and (by uniformisation) the probability of being answered within a threshold.
 *
 * <p>Plain Java: the staffing endpoint and, later, the simulator's checks use it.
 */
public final class ErlangA {

    /** Probability below which the chain's tail is cut (and uniformisation's Poisson sum stops). */
    static final double TAIL = 1e-14;
    /** Above this many agents the search gives up, as {@link ErlangC#MAX_AGENTS}. */
    static final int MAX_AGENTS = ErlangC.MAX_AGENTS;
    /** The chain is cut at this many callers whatever the tail (a bound on work and memory). */
    static final int MAX_STATES = 2_000_000;

    /**
     * The figures of one staffing: {@code agents} agents, {@code erlangs} of load (arrival rate × handle
     * time), handle time and mean patience in seconds, the service-level threshold in seconds.
     *
     * @param probabilityOfWaiting share of callers who find every agent busy
     * @param abandoned share of callers who hang up before an answer
     * @param answeredWithin share of all callers answered within the threshold
     * @param serviceLevelAnsweredOnly answered within the threshold over answered
     * @param averageSpeedOfAnswerSeconds mean wait of the answered callers (those answered at once count 0)
     * @param averageWaitSeconds mean time in queue of every caller, abandoned ones included
     * @param occupancy busy agents over agents (only answered calls take an agent's time)
     */
    public record Figures(int agents, double erlangs, double probabilityOfWaiting, double abandoned,
            double answeredWithin, double serviceLevelAnsweredOnly, double averageSpeedOfAnswerSeconds,
            double averageWaitSeconds, double occupancy) {

        /** Answered within the threshold over all callers (an abandon counts as a miss). */
        public double serviceLevelWithAbandons() {
            return answeredWithin;
        }

        /** The service level as the queue counts it: with abandons as misses, or over answered calls only. */
        public double serviceLevel(boolean abandonsInServiceLevel) {
            return abandonsInServiceLevel ? serviceLevelWithAbandons() : serviceLevelAnsweredOnly;
        }
    }

    private ErlangA() {
    }

    /** Figures for {@code agents} agents. */
    public static Figures figures(int agents, double erlangs, double handleSeconds, double patienceSeconds,
            double thresholdSeconds) {
        if (agents < 1 || erlangs <= 0 || handleSeconds <= 0 || patienceSeconds <= 0 || thresholdSeconds < 0) {
            throw new IllegalArgumentException("agents >= 1, load, handle time and patience > 0, threshold >= 0");
        }
        double mu = 1 / handleSeconds;
        double theta = 1 / patienceSeconds;
        double lambda = erlangs * mu;
        double[] p = stationary(agents, lambda, mu, theta);
        int queued = Math.max(0, p.length - agents); // states with j = 0 .. queued-1 callers ahead

        double waiting = 0;
        double queueLength = 0;
        for (int k = agents; k < p.length; k++) {
            waiting += p[k];
            queueLength += (k - agents) * p[k];
        }

        // per number j of callers ahead: P(answered), E[wait; answered]
        double answered = 1 - waiting; // those who find a free agent
        double waitOfAnswered = 0;
        double reach = 1; // P(the front reaches this caller from j ahead), built up from j = 0
        double timeToReach = 0; // E[wait; answered] from j ahead
        for (int j = 0; j < queued; j++) {
            double front = agents * mu + j * theta;
            double leave = front + theta;
            timeToReach = front / leave * (reach / leave + timeToReach);
            reach = front / leave * reach;
            answered += p[agents + j] * reach;
            waitOfAnswered += p[agents + j] * timeToReach;
        }
        double within = (1 - waiting) + answeredWithin(agents, mu, theta, thresholdSeconds, p, queued);
        return new Figures(agents, erlangs, waiting, 1 - answered, within, answered > 0 ? within / answered : 0,
                answered > 0 ? waitOfAnswered / answered : 0, queueLength / lambda,
                Math.min(1, erlangs * answered / agents));
    }

    /** Fewest agents whose service level (as {@code abandonsInServiceLevel} counts it) reaches the target share. */
    public static int agentsFor(double erlangs, double handleSeconds, double patienceSeconds, double thresholdSeconds,
            double targetShare, boolean abandonsInServiceLevel) {
        java.util.function.IntPredicate enough = n -> figures(n, erlangs, handleSeconds, patienceSeconds,
                thresholdSeconds).serviceLevel(abandonsInServiceLevel) >= targetShare;
        // the service level grows with the agents: double until enough, then halve the gap
        int low = 0;
        int high = 1;
        while (!enough.test(high)) {
            if (high >= MAX_AGENTS) {
                throw new IllegalArgumentException("more than " + MAX_AGENTS + " agents needed");
            }
            low = high;
            high = Math.min(MAX_AGENTS, high * 2);
        }
        while (high - low > 1) {
            int mid = (low + high) >>> 1;
            if (enough.test(mid)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    /** P(k callers in the system), k = 0 .. the cut; normalised. */
    private static double[] stationary(int agents, double lambda, double mu, double theta) {
        double[] logP = new double[64];
        double max = 0;
        int k = 0;
        logP[0] = 0;
        while (true) {
            int next = k + 1;
            double departures = Math.min(next, agents) * mu + Math.max(next - agents, 0) * theta;
            double value = logP[k] + Math.log(lambda / departures);
            // past the mode (departures outrun arrivals from here on, so every later term is smaller) and negligible
            if (departures > lambda && value - max < Math.log(TAIL) || next >= MAX_STATES) {
                break;
            }
            if (next == logP.length) {
                logP = java.util.Arrays.copyOf(logP, logP.length * 2);
            }
            logP[next] = value;
            max = Math.max(max, value);
            k = next;
        }
        double[] p = new double[k + 1];
        double sum = 0;
        for (int i = 0; i <= k; i++) {
            p[i] = Math.exp(logP[i] - max);
            sum += p[i];
        }
        for (int i = 0; i <= k; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /**
     * Σ_j P(N + j in the system) · P(answered within t from j ahead), by uniformisation of the tagged
     * caller's chain: from j ahead it moves to j − 1 (answered from 0) at N·μ + j·θ and abandons at θ.
     */
    private static double answeredWithin(int agents, double mu, double theta, double t, double[] p, int queued) {
        if (queued == 0 || t == 0) {
            return 0;
        }
        double rate = agents * mu + queued * theta; // the fastest exit of any state
        double mean = rate * t;
        // g[j]: P(answered within n uniformised steps | j ahead), for n = 0, 1, 2, ...
        double[] g = new double[queued];
        double[] next = new double[queued];
        double poisson = Math.exp(-mean); // P(n steps by t), n = 0 (g is 0 then)
        double logPoisson = -mean;
        double[] within = new double[queued];
        double cumulative = Math.exp(-mean);
        int maxSteps = (int) Math.ceil(mean + 12 * Math.sqrt(mean) + 50);
        for (int n = 1; n <= maxSteps && 1 - cumulative > TAIL; n++) {
            for (int j = 0; j < queued; j++) {
                double front = agents * mu + j * theta;
                double stay = 1 - (front + theta) / rate;
                next[j] = front / rate * (j == 0 ? 1 : g[j - 1]) + stay * g[j];
            }
            double[] swap = g;
            g = next;
            next = swap;
            logPoisson += Math.log(mean / n);
            poisson = Math.exp(logPoisson);
            cumulative += poisson;
            for (int j = 0; j < queued; j++) {
                within[j] += poisson * g[j];
            }
        }
        // beyond the last step g only grows toward P(answered): bounded by the remaining Poisson mass
        double sum = 0;
        for (int j = 0; j < queued; j++) {
            sum += p[agents + j] * within[j];
        }
        return sum;
    }
}
