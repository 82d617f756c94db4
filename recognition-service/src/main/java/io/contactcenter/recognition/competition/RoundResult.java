package io.contactcenter.recognition.competition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A published line of a round's results (see {@link Ranking}). */
@Entity
@Table(name = "round_result")
public class RoundResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "round_id", nullable = false)
    public Long roundId;

    @Column(name = "agent_id", nullable = false)
    public String agentId;

    @Column(name = "team_id")
    public String teamId;

    @Column(nullable = false)
    public int place;

    @Column(nullable = false)
    public double score;

    @Column(nullable = false)
    public int scores;

    Ranking.Placing placing() {
        return new Ranking.Placing(place, agentId, teamId, score, scores);
    }
}
