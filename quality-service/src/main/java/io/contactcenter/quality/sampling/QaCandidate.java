package io.contactcenter.quality.sampling;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An ended contact the QA group may listen to; one row per contact (the contact id is the key). */
@Entity
@Table(name = "qa_candidate")
public class QaCandidate {

    @Id
    @Column(name = "contact_id")
    public String contactId;

    @Column(name = "agent_id", nullable = false)
    public String agentId;

    @Column(name = "team_id", nullable = false)
    public String teamId;

    @Column(name = "queue_id", nullable = false)
    public String queueId;

    @Column(nullable = false)
    public String intent;

    @Column(nullable = false)
    public String disposition;

    @Column(name = "talk_seconds", nullable = false)
    public double talkSeconds;

    @Column(name = "ended_at", nullable = false)
    public Instant endedAt;

    @Column(nullable = false)
    public boolean selected;

    @Enumerated(EnumType.STRING)
    @Column(name = "selection_reason")
    public SelectionReason selectionReason;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
