package io.contactcenter.recognition.competition;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A competition such as "Gold Medal Agent" (金牌客服) or "Complaint Challenge" (挑战客户投诉能手). */
@Entity
@Table(name = "competition")
public class Competition {

    @Id
    @Column(name = "competition_id")
    public String competitionId;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
