package io.contactcenter.quality.staff;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What QA knows about an agent beyond the call events: the hire date, which makes an agent "new"
 * (more calls sampled) for the first months. call-events and agent-events carry no hire date, so an
 * administrator registers it (PUT /qa/agents/{agentId}); an agent never registered counts as experienced.
 */
@Entity
@Table(name = "qa_agent")
public class QaAgent {

    @Id
    @Column(name = "agent_id")
    public String agentId;

    @Column(name = "hire_date", nullable = false)
    public LocalDate hireDate;

    @Column(name = "team_id")
    public String teamId;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
