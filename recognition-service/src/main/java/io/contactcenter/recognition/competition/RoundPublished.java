package io.contactcenter.recognition.competition;

import java.time.Instant;
import java.util.List;

/**
 * Body of {@code contactcenter.competition.round-published} (topic recognition-events; key =
 * competitionId). Schema: event-catalog/schemas/contactcenter.competition.round-published.json.
 */
public record RoundPublished(
        String competitionId,
        String name,
        int round,
        String roundName,
        int rounds,
        boolean lastRound,
        List<Views.RoundLine> results,
        List<Views.StandingLine> standings,
        Instant occurredAt) {

    public static final String TYPE = "contactcenter.competition.round-published";
    public static final String TOPIC = "recognition-events";

    static RoundPublished of(Views.RoundResults r) {
        return new RoundPublished(r.competitionId(), r.name(), r.round(), r.roundName(), r.rounds(), r.lastRound(),
                r.results(), r.standings(), r.publishedAt());
    }
}
