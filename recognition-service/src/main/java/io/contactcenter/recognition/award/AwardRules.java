package io.contactcenter.recognition.award;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.contactcenter.recognition.leaderboard.Leaderboard;
import io.contactcenter.recognition.period.Period;

/**
 * Who a closing period honours, from the frozen boards; plain Java, no infrastructure.
 * <ul>
 * <li><b>Stars</b>: the first {@code count} agents of the period's center-wide board, in board order.
 * The board's tie rule (equal points: whoever reached the score first ranks higher) decides at the
 * cut-off too, so exactly {@code count} agents are honoured when that many have points, and an agent
 * without points never is.</li>
 * <li><b>Best team</b>: the most praise per agent, among teams with at least {@code minAgents} agents
 * in the period and some praise; ties go to the team with more praise, then the lower team id
 * (deterministic, so a re-run picks the same team). No eligible team, no award.</li>
 * </ul>
 */
public final class AwardRules {

    /** A team's period: praise on its board and agents seen (handled a contact or was praised). */
    public record TeamStanding(String teamId, long praise, int agents) {
        public double praisePerAgent() {
            return agents == 0 ? 0 : (double) praise / agents;
        }
    }

    /** One award to grant. {@code agentId} is null for a team award; {@code agents}/{@code praisePerAgent} only for one. */
    public record Grant(AwardType type, String agentId, String teamId, int place, long points, Integer agents,
            Double praisePerAgent) {

        /** The agent, or the team of a team award: who the award is for (and the event key). */
        public String recipient() {
            return agentId != null ? agentId : teamId;
        }
    }

    private static final Comparator<TeamStanding> BEST_TEAM_FIRST = Comparator
            .comparingDouble(TeamStanding::praisePerAgent).reversed()
            .thenComparing(Comparator.comparingLong(TeamStanding::praise).reversed())
            .thenComparing(TeamStanding::teamId);

    private AwardRules() {
    }

    /** The stars of the period: {@code board} is the top of its center-wide board, best first. */
    public static List<Grant> stars(Period period, List<Leaderboard.Entry> board, Map<String, String> agentTeams,
            int count) {
        List<Grant> stars = new ArrayList<>();
        for (Leaderboard.Entry e : board) {
            if (stars.size() == count || e.points() <= 0) {
                break;
            }
            stars.add(new Grant(AwardType.star(period.kind()), e.agentId(), agentTeams.get(e.agentId()),
                    stars.size() + 1, e.points(), null, null));
        }
        return stars;
    }

    public static Optional<Grant> bestTeam(Period period, List<TeamStanding> teams, int minAgents) {
        return teams.stream()
                .filter(t -> t.praise() > 0 && t.agents() >= minAgents)
                .min(BEST_TEAM_FIRST)
                .map(t -> new Grant(AwardType.team(period.kind()), null, t.teamId(), 1, t.praise(), t.agents(),
                        Math.round(t.praisePerAgent() * 100) / 100.0));
    }

    /** Everything the close grants: stars first, then the team award. */
    public static List<Grant> all(Period period, List<Leaderboard.Entry> board, Map<String, String> agentTeams,
            List<TeamStanding> teams, int stars, int teamMinAgents) {
        List<Grant> grants = new ArrayList<>(stars(period, board, agentTeams, stars));
        bestTeam(period, teams, teamMinAgents).ifPresent(grants::add);
        return grants;
    }
}
