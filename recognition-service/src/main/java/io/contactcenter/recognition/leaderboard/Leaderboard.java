package io.contactcenter.recognition.leaderboard;

import java.util.List;

/**
 * The top of one board. {@code scope} is CENTER or TEAM ({@code teamId} then names the team).
 * Ranks are 1, 2, 3... without gaps: ties are broken by the rule in {@link TieScore}.
 */
public record Leaderboard(String period, Scope scope, String teamId, List<Entry> entries) {

    public enum Scope {
        CENTER, TEAM
    }

    public record Entry(int rank, String agentId, long points) {
    }
}
