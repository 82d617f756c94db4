package io.contactcenter.routing.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A queue as the router uses it: who may serve it (the expression, then wider ones after
 * waiting), which agent goes first, what "answered in time" means (and whether abandons count against
 * it, past the short-abandon threshold), and the overflow rule.
 */
public record Queue(String id, SkillExpression eligibility, int priority, Duration serviceLevelThreshold,
        int serviceLevelPercent, Duration wrapUp, AgentSelection strategy, List<Relaxation> relaxation,
        Optional<Duration> maxWait, OverflowAction overflowAction, Optional<String> overflowQueue,
        Duration offerTimeout, boolean abandonsInServiceLevel, Duration shortAbandon) {

    /** A hang-up this soon after arriving is a short abandon when a definition names no threshold. */
    public static final Duration DEFAULT_SHORT_ABANDON = Duration.ofSeconds(5);
    /** Longest short-abandon threshold a queue may set. */
    static final Duration MAX_SHORT_ABANDON = Duration.ofSeconds(600);

    /** Ring no answer when a definition names no timeout: long enough for a desk phone, short for the caller. */
    public static final Duration DEFAULT_OFFER_TIMEOUT = Duration.ofSeconds(20);

    /** Redis keeps at most this many relaxation steps per queue (see lua/common.lua MAX_STEP). */
    public static final int MAX_RELAXATION_STEPS = 3;
    /** Proficiency levels run 1..5; the skill gap of a perfect agent is 0. */
    static final int TOP_LEVEL = SkillExpression.TOP_LEVEL;

    public record Relaxation(Duration after, SkillExpression eligibility) {
    }

    /** Where an agent stands in this queue: the first step it qualifies at, and its skill gap. */
    public record Placement(String queueId, int tier, int skillGap) {
        public String encoded() {
            return queueId + ":" + tier + ":" + skillGap;
        }
    }

    /** An offer rings at least this long (a desk phone), at most this long (TaskRouter's default reservation is 120 s). */
    static final Duration MIN_OFFER_TIMEOUT = Duration.ofSeconds(5);
    static final Duration MAX_OFFER_TIMEOUT = Duration.ofSeconds(120);

    public Queue {
        if (offerTimeout.compareTo(MIN_OFFER_TIMEOUT) < 0 || offerTimeout.compareTo(MAX_OFFER_TIMEOUT) > 0) {
            throw new IllegalArgumentException("queue " + id + ": offer timeout must be 5 to 120 seconds");
        }
        if (shortAbandon.isNegative() || shortAbandon.compareTo(MAX_SHORT_ABANDON) > 0) {
            throw new IllegalArgumentException("queue " + id + ": short abandon threshold must be 0 to 600 seconds");
        }
        if (relaxation.size() > MAX_RELAXATION_STEPS) {
            throw new IllegalArgumentException("queue " + id + ": at most " + MAX_RELAXATION_STEPS + " relaxation steps");
        }
        for (int i = 1; i < relaxation.size(); i++) {
            if (relaxation.get(i).after().compareTo(relaxation.get(i - 1).after()) <= 0) {
                throw new IllegalArgumentException("queue " + id + ": relaxation steps must wait longer each time");
            }
        }
        if (overflowAction == OverflowAction.QUEUE && maxWait.isPresent() && overflowQueue.isEmpty()) {
            throw new IllegalArgumentException("queue " + id + ": overflow-action QUEUE needs overflow-queue");
        }
        relaxation = List.copyOf(relaxation);
    }

    /** The agent's placement, or empty if it meets neither the expression nor any relaxation step. */
    public Optional<Placement> place(Map<String, Integer> skills) {
        List<SkillExpression> steps = new ArrayList<>();
        steps.add(eligibility);
        relaxation.forEach(r -> steps.add(r.eligibility()));
        for (int tier = 0; tier < steps.size(); tier++) {
            if (steps.get(tier).matches(skills)) {
                return Optional.of(new Placement(id, tier, skillGap(skills)));
            }
        }
        return Optional.empty();
    }

    /** Hundredths of a level below perfect on the skills the queue asks for (MOST_SKILLED orders by it). */
    int skillGap(Map<String, Integer> skills) {
        List<SkillExpression.Requirement> required = eligibility.requirements();
        if (required.isEmpty()) {
            return 0;
        }
        double average = required.stream().mapToInt(r -> skills.getOrDefault(r.skill(), 0)).average().orElse(0);
        return (int) Math.round((TOP_LEVEL - average) * 100);
    }

    /** The relaxation step a contact waiting {@code waited} has reached (0 = none). */
    public int stepAfter(Duration waited) {
        int step = 0;
        for (int i = 0; i < relaxation.size(); i++) {
            if (waited.compareTo(relaxation.get(i).after()) >= 0) {
                step = i + 1;
            }
        }
        return step;
    }
}
