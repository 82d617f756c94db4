package io.contactcenter.quality.survey;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One answered satisfaction survey about one contact; agent and team are the call's. */
@Entity
@Table(name = "survey")
public class Survey {

    @Id
    @Column(name = "survey_id")
    public String surveyId;

    @Column(name = "contact_id", nullable = false)
    public String contactId;

    /** The call's agent once the call is known; before, what the survey said (may be null). */
    @Column(name = "agent_id")
    public String agentId;

    @Column(name = "team_id")
    public String teamId;

    /** True once agent and team are the call's (call.ended seen); praise is published from then on. */
    @Column(name = "call_known", nullable = false)
    public boolean callKnown;

    /** 1 (very unsatisfied) .. 5 (very satisfied). */
    @Column(nullable = false)
    public short satisfaction;

    @Column(nullable = false)
    public boolean resolved;

    @Column(nullable = false)
    public boolean praise;

    public String comment;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** When the customer answered; reports count the survey in this instant's period. */
    @Column(name = "answered_at", nullable = false)
    public Instant answeredAt;
}
