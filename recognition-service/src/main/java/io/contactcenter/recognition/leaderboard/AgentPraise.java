package io.contactcenter.recognition.leaderboard;

/** An agent's month: points and center-wide rank ({@code rank} null without points). */
public record AgentPraise(String agentId, String month, long points, Long rank) {
}
