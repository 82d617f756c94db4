package io.contactcenter.quality.scorecard;

import java.util.List;

/** One version of a scorecard, as evaluations are scored with it. Immutable once stored. */
public record Scorecard(String scorecardId, int version, String name, double passMark,
        List<SectionDefinition> sections) {

    public int maxPoints() {
        return sections.stream().flatMap(s -> s.items().stream()).mapToInt(ItemDefinition::maxPoints).sum();
    }
}
