package io.contactcenter.recognition.competition;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One score of an agent in a round, from one judge or one QA evaluation ({@code scoredBy}). */
@Entity
@Table(name = "round_score")
public class RoundScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "round_id", nullable = false)
    public Long roundId;

    @Column(name = "agent_id", nullable = false)
    public String agentId;

    @Column(name = "team_id")
    public String teamId;

    @Column(name = "scored_by", nullable = false)
    public String scoredBy;

    @Column(nullable = false)
    public String source;

    @Column(nullable = false)
    public double score;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
