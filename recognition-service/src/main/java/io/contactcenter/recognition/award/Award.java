package io.contactcenter.recognition.award;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One award of the history: a star to an agent, or a team award. */
@Entity
@Table(name = "award")
public class Award {

    @Id
    @Column(name = "award_id")
    public UUID awardId;

    @Column(nullable = false)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AwardType type;

    @Column(nullable = false)
    public String recipient;

    @Column(name = "agent_id")
    public String agentId;

    @Column(name = "team_id")
    public String teamId;

    @Column(nullable = false)
    public int place;

    @Column(nullable = false)
    public long points;

    public Integer agents;

    @Column(name = "praise_per_agent")
    public Double praisePerAgent;

    @Column(name = "granted_at", nullable = false)
    public Instant grantedAt;
}
