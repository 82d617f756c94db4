package io.contactcenter.routing.team;

import java.util.Map;

import io.contactcenter.routing.queue.Occupancy;

/**
 * One team now: its agents by state, and their time by state and occupancy today and over the recent window
 * ({@code recentWindowMinutes}). {@code teamId} is null for the whole centre.
 */
public record TeamStats(String teamId, String day, Map<String, Long> agentsByState, Occupancy today,
        Occupancy recent, int recentWindowMinutes) {
}
