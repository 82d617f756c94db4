package io.contactcenter.recognition.award;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.contactcenter.recognition.period.Period;

/** A closed month or quarter: exists once, so the awards granted with it are granted once. */
@Entity
@Table(name = "period_close")
public class PeriodClose {

    @Id
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Period.Kind kind;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(name = "closed_at", nullable = false)
    public Instant closedAt;

    @Column(name = "closed_by", nullable = false)
    public String closedBy;

    @Column(name = "agents_on_board", nullable = false)
    public int agentsOnBoard;
}
