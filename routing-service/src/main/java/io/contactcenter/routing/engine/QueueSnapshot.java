package io.contactcenter.routing.engine;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One queue now (queue_snapshot.lua): waiting contacts, the longest wait, agents by state, recent counters, and
 * the agent time of {@code day} (today) not yet in its daily counters.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QueueSnapshot(long waiting, Long longestWaitMs, Map<String, Long> agentsByState,
        Map<String, Long> recent, String day, Map<String, Long> openToday) {
}
