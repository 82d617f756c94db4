package io.contactcenter.recognition.competition;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A round of a competition: open for scores until it is published, then its results are final. */
@Entity
@Table(name = "competition_round")
public class CompetitionRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "competition_id", nullable = false)
    public String competitionId;

    @Column(name = "round_no", nullable = false)
    public int number;

    @Column(nullable = false)
    public String name;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    public boolean published() {
        return publishedAt != null;
    }
}
