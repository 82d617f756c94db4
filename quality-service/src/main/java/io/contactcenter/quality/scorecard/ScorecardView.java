package io.contactcenter.quality.scorecard;

import java.time.Instant;
import java.util.List;

/** A scorecard version as the API shows it; {@code maxPoints} is the sum of its items' points. */
public record ScorecardView(String scorecardId, int version, String name, double passMark, int maxPoints,
        List<SectionDefinition> sections, String createdBy, Instant createdAt) {

    static ScorecardView of(Scorecard card, ScorecardVersion row) {
        return new ScorecardView(card.scorecardId(), card.version(), card.name(), card.passMark(), card.maxPoints(),
                card.sections(), row.createdBy, row.createdAt);
    }
}
