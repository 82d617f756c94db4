package io.contactcenter.routing.queue;

import java.util.Map;

/**
 * One queue now: waiting contacts, the longest wait, its agents by state, today's figures and
 * the recent window's, the target, and the wait a new contact should expect. {@code abandonsInServiceLevel}
 * and {@code shortAbandonSeconds} are the queue's settings: which service level is its headline
 * ({@code serviceLevelPercent} of the figures, compared with the target) and the short-abandon threshold.
 */
public record QueueStats(String queueId, String day, long waiting, Double longestWaitSeconds,
        Map<String, Long> agentsByState, int serviceLevelTargetPercent, int serviceLevelThresholdSeconds,
        Figures today, Figures recent, int recentWindowMinutes, Double estimatedWaitSeconds,
        boolean abandonsInServiceLevel, int shortAbandonSeconds) {
}
