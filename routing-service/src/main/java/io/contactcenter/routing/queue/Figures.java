package io.contactcenter.routing.queue;

import java.util.List;
import java.util.Map;

/**
 * Counted figures over a period (today, or the recent window): what a wallboard shows.
 * <p>
 * Short abandons (hang-ups within the queue's short-abandon threshold) are counted apart: {@code abandoned}
 * counts every abandon, {@code shortAbandoned} those of them that were short, and the rates leave the short
 * ones out, from the abandons and from the offered contacts alike.
 * <ul>
 * <li>{@code serviceLevelAnsweredOnlyPercent} = answered within the threshold / answered (abandons do not
 * count at all);</li>
 * <li>{@code serviceLevelWithAbandonsPercent} = answered within the threshold / (answered + abandoned − short
 * abandons): every abandon past the short-abandon threshold counts as missed;</li>
 * <li>{@code serviceLevelPercent}: the headline, the one of the two the queue compares with its target
 * ({@code abandonsInServiceLevel} says which);</li>
 * <li>{@code abandonRatePercent} = (abandoned − short abandons) / (offered − short abandons).</li>
 * </ul>
 * Each is null while its denominator is 0. The agent time by state and {@code occupancyPercent} are those of
 * {@link Occupancy}: for a queue, of the agents placed in it (see lua/common.lua accrue).
 */
public record Figures(long offered, long answered, long answeredWithinThreshold, long abandoned, long shortAbandoned,
        long overflowed, long handled, Double serviceLevelPercent, Double serviceLevelAnsweredOnlyPercent,
        Double serviceLevelWithAbandonsPercent, boolean abandonsInServiceLevel, Double averageSpeedOfAnswerSeconds,
        Double abandonRatePercent, Double averageHandleSeconds, long waitMsTotal, long handleMsTotal,
        long agentAvailableMs, long agentReservedMs, long agentBusyMs, long agentWrapUpMs, Double occupancyPercent) {

    /** From the raw counters the routing scripts keep (cc:stats:*), headline service level answered-only. */
    public static Figures of(Map<String, String> counters) {
        return of(counters, false);
    }

    /** From the raw counters the routing scripts keep (cc:stats:*). */
    public static Figures of(Map<String, String> counters, boolean abandonsInServiceLevel) {
        return new Counts(count(counters, "offered"), count(counters, "answered"), count(counters, "answeredInSl"),
                count(counters, "abandoned"), count(counters, "shortAbandoned"), count(counters, "overflowed"),
                count(counters, "handled"), count(counters, "waitMsTotal"), count(counters, "handleMsTotal"),
                Occupancy.of(counters)).figures(abandonsInServiceLevel);
    }

    /** The raw counters of a period, before any rate is derived. */
    public record Counts(long offered, long answered, long inSl, long abandoned, long shortAbandoned, long overflowed,
            long handled, long waitMs, long handleMs, Occupancy agentTime) {

        public Figures figures(boolean abandonsInServiceLevel) {
            long counted = Math.max(0, abandoned - shortAbandoned);
            long offeredCounted = Math.max(0, offered - shortAbandoned);
            Double answeredOnly = percent(inSl, answered);
            Double withAbandons = percent(inSl, answered + counted);
            return new Figures(offered, answered, inSl, abandoned, shortAbandoned, overflowed, handled,
                    abandonsInServiceLevel ? withAbandons : answeredOnly, answeredOnly, withAbandons,
                    abandonsInServiceLevel, answered == 0 ? null : round(waitMs / 1000.0 / answered),
                    percent(counted, offeredCounted), handled == 0 ? null : round(handleMs / 1000.0 / handled), waitMs,
                    handleMs, agentTime.agentAvailableMs(), agentTime.agentReservedMs(), agentTime.agentBusyMs(),
                    agentTime.agentWrapUpMs(), agentTime.occupancyPercent());
        }
    }

    Counts counts() {
        return new Counts(offered, answered, answeredWithinThreshold, abandoned, shortAbandoned, overflowed, handled,
                waitMsTotal, handleMsTotal, occupancy());
    }

    /** The agent time and occupancy of these figures. */
    public Occupancy occupancy() {
        return Occupancy.of(agentAvailableMs, agentReservedMs, agentBusyMs, agentWrapUpMs);
    }

    /** The same counts with another agent time (the centre's, where an agent counts once). */
    public Figures withOccupancy(Occupancy agentTime) {
        Counts c = counts();
        return new Counts(c.offered, c.answered, c.inSl, c.abandoned, c.shortAbandoned, c.overflowed, c.handled,
                c.waitMs, c.handleMs, agentTime).figures(abandonsInServiceLevel);
    }

    /** This period and another together; the headline counts abandons only if both do. */
    public Figures plus(Figures o) {
        Counts a = counts();
        Counts b = o.counts();
        return new Counts(a.offered + b.offered, a.answered + b.answered, a.inSl + b.inSl, a.abandoned + b.abandoned,
                a.shortAbandoned + b.shortAbandoned, a.overflowed + b.overflowed, a.handled + b.handled,
                a.waitMs + b.waitMs, a.handleMs + b.handleMs, a.agentTime.plus(b.agentTime))
                .figures(abandonsInServiceLevel && o.abandonsInServiceLevel);
    }

    /**
     * The centre's totals over its queues: sums of the counters; the headline service level counts abandons when
     * every queue's does, else it is answered-only (both variants are there either way).
     */
    public static Figures total(List<Figures> queues) {
        if (queues.isEmpty()) {
            return NONE;
        }
        Figures sum = queues.get(0);
        for (int i = 1; i < queues.size(); i++) {
            sum = sum.plus(queues.get(i));
        }
        return sum;
    }

    public static final Figures NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, Occupancy.NONE).figures(false);

    private static Double percent(long part, long whole) {
        return whole <= 0 ? null : round(100.0 * part / whole);
    }

    private static long count(Map<String, String> counters, String name) {
        String v = counters.get(name);
        return v == null ? 0 : Long.parseLong(v);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
