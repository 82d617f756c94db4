package io.contactcenter.recognition.award;

import java.time.Instant;
import java.util.UUID;

/**
 * Body of {@code contactcenter.award.granted} (topic recognition-events; key = agentId, or teamId
 * for a team award). Schema: event-catalog/schemas/contactcenter.award.granted.json.
 */
public record AwardGranted(
        UUID awardId,
        AwardType type,
        String period,
        String periodKind,
        String agentId,
        String teamId,
        int rank,
        long points,
        Integer agents,
        Double praisePerAgent,
        Instant occurredAt) {

    public static final String TYPE = "contactcenter.award.granted";
    public static final String TOPIC = "recognition-events";

    static AwardGranted of(Award a, String periodKind) {
        return new AwardGranted(a.awardId, a.type, a.period, periodKind, a.agentId, a.teamId, a.place, a.points,
                a.agents, a.praisePerAgent, a.grantedAt);
    }
}
