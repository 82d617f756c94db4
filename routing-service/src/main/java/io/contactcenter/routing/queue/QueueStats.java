package io.contactcenter.routing.queue;

import java.util.Map;

/**
 * A queue's figures for one day, as a supervisor's wallboard shows them. Service level is the
 * share of answered contacts answered within the threshold; null until something was answered.
 */
public record QueueStats(String queueId, String day, long waiting, long availableAgents, long offered,
        long answered, long answeredWithinThreshold, long abandoned, Double serviceLevelPercent,
        int serviceLevelTargetPercent, int serviceLevelThresholdSeconds, Double averageSpeedOfAnswerSeconds,
        Double abandonRatePercent) {

    /** Builds the figures from the raw daily counters the routing scripts keep. */
    public static QueueStats of(Queue queue, String day, long waiting, long available, Map<String, String> counters) {
        long offered = count(counters, "offered");
        long answered = count(counters, "answered");
        long inSl = count(counters, "answeredInSl");
        long abandoned = count(counters, "abandoned");
        long waitMs = count(counters, "waitMsTotal");
        return new QueueStats(queue.id(), day, waiting, available, offered, answered, inSl, abandoned,
                answered == 0 ? null : round(100.0 * inSl / answered), queue.serviceLevelPercent(),
                (int) queue.serviceLevelThreshold().toSeconds(), answered == 0 ? null : round(waitMs / 1000.0 / answered),
                offered == 0 ? null : round(100.0 * abandoned / offered));
    }

    /** Center-wide totals over several queues (the target is that of no queue: 0). */
    public static QueueStats total(String day, Iterable<QueueStats> all, long availableAgents) {
        long waiting = 0, offered = 0, answered = 0, inSl = 0, abandoned = 0;
        double waitSeconds = 0;
        for (QueueStats s : all) {
            waiting += s.waiting;
            offered += s.offered;
            answered += s.answered;
            inSl += s.answeredWithinThreshold;
            abandoned += s.abandoned;
            waitSeconds += s.averageSpeedOfAnswerSeconds == null ? 0 : s.averageSpeedOfAnswerSeconds * s.answered;
        }
        return new QueueStats("*", day, waiting, availableAgents, offered, answered, inSl, abandoned,
                answered == 0 ? null : round(100.0 * inSl / answered), 0, 0,
                answered == 0 ? null : round(waitSeconds / answered), offered == 0 ? null : round(100.0 * abandoned / offered));
    }

    private static long count(Map<String, String> counters, String name) {
        String v = counters.get(name);
        return v == null ? 0 : Long.parseLong(v);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
