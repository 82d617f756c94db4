package io.contactcenter.routing.queue;

import java.util.Map;

/**
 * Counted figures over a period (today, or the recent window): what a wallboard shows.
 * Service level = answered within the threshold / answered; null until something was answered.
 */
public record Figures(long offered, long answered, long answeredWithinThreshold, long abandoned, long overflowed,
        long handled, Double serviceLevelPercent, Double averageSpeedOfAnswerSeconds, Double abandonRatePercent,
        Double averageHandleSeconds, long waitMsTotal, long handleMsTotal) {

    /** From the raw counters the routing scripts keep (cc:stats:*). */
    public static Figures of(Map<String, String> counters) {
        return of(count(counters, "offered"), count(counters, "answered"), count(counters, "answeredInSl"),
                count(counters, "abandoned"), count(counters, "overflowed"), count(counters, "handled"),
                count(counters, "waitMsTotal"), count(counters, "handleMsTotal"));
    }

    public static Figures of(long offered, long answered, long inSl, long abandoned, long overflowed, long handled,
            long waitMs, long handleMs) {
        return new Figures(offered, answered, inSl, abandoned, overflowed, handled,
                answered == 0 ? null : round(100.0 * inSl / answered),
                answered == 0 ? null : round(waitMs / 1000.0 / answered),
                offered == 0 ? null : round(100.0 * abandoned / offered),
                handled == 0 ? null : round(handleMs / 1000.0 / handled), waitMs, handleMs);
    }

    public Figures plus(Figures o) {
        return of(offered + o.offered, answered + o.answered, answeredWithinThreshold + o.answeredWithinThreshold,
                abandoned + o.abandoned, overflowed + o.overflowed, handled + o.handled, waitMsTotal + o.waitMsTotal,
                handleMsTotal + o.handleMsTotal);
    }

    public static final Figures NONE = of(0, 0, 0, 0, 0, 0, 0, 0);

    private static long count(Map<String, String> counters, String name) {
        String v = counters.get(name);
        return v == null ? 0 : Long.parseLong(v);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
