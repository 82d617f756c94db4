package io.contactcenter.recognition.leaderboard;

import java.util.List;

/**
 * An agent's place on one board ("around me"): its rank (null when it has no points on that board),
 * points, how many agents the board has, and the agents just above and below it, best first.
 */
public record AroundAgent(String period, Leaderboard.Scope scope, String teamId, String agentId, Long rank,
        long points, long agentsOnBoard, List<Leaderboard.Entry> entries) {
}
