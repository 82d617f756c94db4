package io.contactcenter.recognition.award;

import java.time.Instant;
import java.util.UUID;

/**
 * An award as the API shows it. {@code rank} is the place on the closed board (stars) or 1 (team);
 * {@code points} the agent's praise points, or the team's praise; {@code agents} and
 * {@code praisePerAgent} only for team awards.
 */
public record AwardView(UUID awardId, AwardType type, String period, String agentId, String teamId, int rank,
        long points, Integer agents, Double praisePerAgent, Instant grantedAt) {

    static AwardView of(Award a) {
        return new AwardView(a.awardId, a.type, a.period, a.agentId, a.teamId, a.place, a.points, a.agents,
                a.praisePerAgent, a.grantedAt);
    }
}
