package io.contactcenter.recognition.competition;

import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ScoreRepository implements PanacheRepositoryBase<RoundScore, Long> {

    /** Records the score; the same scorer scoring the same agent again replaces its score. In a transaction. */
    public Uni<Integer> upsert(RoundScore s) {
        return getSession().chain(session -> session.createNativeQuery("""
                INSERT INTO round_score (round_id, agent_id, team_id, scored_by, source, score, recorded_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                ON CONFLICT (round_id, agent_id, scored_by) DO UPDATE
                   SET team_id = EXCLUDED.team_id, source = EXCLUDED.source, score = EXCLUDED.score,
                       recorded_at = EXCLUDED.recorded_at""")
                .setParameter(1, s.roundId)
                .setParameter(2, s.agentId)
                .setParameter(3, s.teamId)
                .setParameter(4, s.scoredBy)
                .setParameter(5, s.source)
                .setParameter(6, s.score)
                .setParameter(7, s.recordedAt.atOffset(ZoneOffset.UTC))
                .executeUpdate());
    }

    public Uni<List<RoundScore>> of(Long roundId) {
        return list("roundId", roundId);
    }

    public Uni<Long> countOf(Long roundId) {
        return count("roundId", roundId);
    }
}
