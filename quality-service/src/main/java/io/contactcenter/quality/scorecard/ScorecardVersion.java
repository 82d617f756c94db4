package io.contactcenter.quality.scorecard;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An immutable version of a scorecard; its sections are stored as JSON (the {@link SectionDefinition} list). */
@Entity
@Table(name = "scorecard_version")
@IdClass(ScorecardVersion.Key.class)
public class ScorecardVersion {

    @Id
    @Column(name = "scorecard_id")
    public String scorecardId;

    @Id
    public int version;

    @Column(nullable = false)
    public String name;

    @Column(name = "pass_mark", nullable = false)
    public double passMark;

    @Column(nullable = false, columnDefinition = "text")
    public String sections;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static class Key implements Serializable {
        public String scorecardId;
        public int version;

        public Key() {
        }

        public Key(String scorecardId, int version) {
            this.scorecardId = scorecardId;
            this.version = version;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.scorecardId, scorecardId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scorecardId, version);
        }
    }
}
