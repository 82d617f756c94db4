package io.contactcenter.recognition.award;

import java.time.Instant;
import java.util.List;

import io.contactcenter.recognition.period.Period;

/** A closed period and what it granted: stars in board order, then the team award. */
public record PeriodAwards(String period, Period.Kind kind, Instant startsAt, Instant endsAt, Instant closedAt,
        String closedBy, int agentsOnBoard, List<AwardView> awards) {

    static PeriodAwards of(PeriodClose c, List<Award> awards) {
        return new PeriodAwards(c.period, c.kind, c.startsAt, c.endsAt, c.closedAt, c.closedBy, c.agentsOnBoard,
                awards.stream().map(AwardView::of).toList());
    }
}
