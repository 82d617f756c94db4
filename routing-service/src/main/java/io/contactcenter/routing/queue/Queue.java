package io.contactcenter.routing.queue;

import java.time.Duration;

/** A queue as the router uses it: who may serve it and what "answered in time" means. */
public record Queue(String id, SkillExpression eligibility, int priority, Duration serviceLevelThreshold,
        int serviceLevelPercent, Duration wrapUp) {
}
