package io.contactcenter.recognition.leaderboard;

/** A month center-wide: praises counted (= points given) and how many agents earned any. */
public record PraiseSummary(String month, long praiseCount, long agentsPraised) {
}
