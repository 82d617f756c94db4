package io.contactcenter.quality.scorecard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row per scorecard: its latest version. Locked while a new version is written, so versions never clash. */
@Entity
@Table(name = "scorecard")
public class ScorecardHead {

    @Id
    @Column(name = "scorecard_id")
    public String scorecardId;

    @Column(name = "latest_version", nullable = false)
    public int latestVersion;
}
