package io.contactcenter.recognition.competition;

import java.time.Instant;
import java.util.List;

/** What the competition API answers (entities never leave the service). */
public final class Views {

    private Views() {
    }

    public enum RoundStatus {
        /** Scores are being recorded; results are not visible yet. */
        OPEN,
        /** Results are final and announced. */
        PUBLISHED
    }

    public record RoundView(int round, String name, RoundStatus status, Instant publishedAt) {
        static RoundView of(CompetitionRound r) {
            return new RoundView(r.number, r.name, r.published() ? RoundStatus.PUBLISHED : RoundStatus.OPEN,
                    r.publishedAt);
        }
    }

    public record CompetitionView(String competitionId, String name, String description, String createdBy,
            Instant createdAt, List<RoundView> rounds) {
        static CompetitionView of(Competition c, List<CompetitionRound> rounds) {
            return new CompetitionView(c.competitionId, c.name, c.description, c.createdBy, c.createdAt,
                    rounds.stream().map(RoundView::of).toList());
        }
    }

    /** A line of a round's results: the agent's round score and how many scores it averages. */
    public record RoundLine(int rank, String agentId, String teamId, double score, int scores) {
        static RoundLine of(Ranking.Placing p) {
            return new RoundLine(p.rank(), p.agentId(), p.teamId(), p.score(), p.count());
        }
    }

    /** A line of the standings: the sum of the agent's round scores and how many rounds it was scored in. */
    public record StandingLine(int rank, String agentId, String teamId, double total, int rounds) {
        static StandingLine of(Ranking.Placing p) {
            return new StandingLine(p.rank(), p.agentId(), p.teamId(), p.score(), p.count());
        }
    }

    /** A published round: its results and the standings after it. */
    public record RoundResults(String competitionId, String name, int round, String roundName, int rounds,
            boolean lastRound, Instant publishedAt, List<RoundLine> results, List<StandingLine> standings) {
    }

    /** Every published round so far, and the current standings. */
    public record CompetitionResults(String competitionId, String name, int rounds, int publishedRounds,
            List<RoundResults> published, List<StandingLine> standings) {
    }

    /** What recording scores did. */
    public record ScoresRecorded(String competitionId, int round, int recorded, long scoresInRound) {
    }
}
