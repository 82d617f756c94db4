package io.contactcenter.recognition.award;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.contactcenter.recognition.award.AwardRules.Grant;
import io.contactcenter.recognition.award.AwardRules.TeamStanding;
import io.contactcenter.recognition.leaderboard.Leaderboard.Entry;
import io.contactcenter.recognition.period.Period;
import io.contactcenter.recognition.period.Quarter;

/** Who a close honours: stars by board order up to the configured count; best team by praise per agent. */
class AwardRulesTest {

    private static final Period APRIL = Period.month(YearMonth.of(2026, 4));
    private static final Period Q2 = Period.quarter(new Quarter(2026, 2));

    private static List<Entry> board(int agents) {
        List<Entry> board = new ArrayList<>();
        for (int i = 1; i <= agents; i++) {
            board.add(new Entry(i, "a-" + i, 100 - i));
        }
        return board;
    }

    @Test
    void starsAreTheFirstNOfTheBoardInBoardOrder() {
        List<Grant> stars = AwardRules.stars(APRIL, board(80), Map.of("a-1", "t-1"), 50);
        assertEquals(50, stars.size());
        assertEquals("a-1", stars.get(0).agentId());
        assertEquals("t-1", stars.get(0).teamId());
        assertNull(stars.get(1).teamId(), "team unknown stays unknown");
        assertEquals(50, stars.get(49).place());
        assertEquals("a-50", stars.get(49).agentId());
        assertEquals(AwardType.STAR_OF_THE_MONTH, stars.get(0).type());
        assertEquals(AwardType.STAR_OF_THE_QUARTER, AwardRules.stars(Q2, board(3), Map.of(), 30).get(0).type());
    }

    @Test
    void fewerAgentsThanStarsHonoursEveryAgentWithPoints() {
        assertEquals(3, AwardRules.stars(Q2, board(3), Map.of(), 30).size());
        List<Entry> withZero = List.of(new Entry(1, "a", 2), new Entry(2, "b", 0));
        assertEquals(1, AwardRules.stars(APRIL, withZero, Map.of(), 50).size());
        assertEquals(0, AwardRules.stars(APRIL, board(5), Map.of(), 0).size());
    }

    @Test
    void bestTeamHasMostPraisePerAgentAmongBigEnoughTeams() {
        List<TeamStanding> teams = List.of(
                new TeamStanding("t-big", 30, 10), // 3.0 per agent
                new TeamStanding("t-small", 9, 2), // 4.5, but too small
                new TeamStanding("t-best", 28, 8)); // 3.5
        Grant best = AwardRules.bestTeam(APRIL, teams, 5).orElseThrow();
        assertEquals("t-best", best.teamId());
        assertNull(best.agentId());
        assertEquals("t-best", best.recipient());
        assertEquals(28, best.points());
        assertEquals(8, best.agents());
        assertEquals(3.5, best.praisePerAgent());
        assertEquals(AwardType.TEAM_OF_THE_MONTH, best.type());
        assertEquals("t-small", AwardRules.bestTeam(APRIL, teams, 2).orElseThrow().teamId());
    }

    @Test
    void equalRatesGoToMorePraiseThenToTheLowerTeamId() {
        assertEquals("t-b", AwardRules.bestTeam(Q2, List.of(new TeamStanding("t-a", 10, 5),
                new TeamStanding("t-b", 20, 10)), 1).orElseThrow().teamId());
        assertEquals("t-a", AwardRules.bestTeam(Q2, List.of(new TeamStanding("t-c", 10, 5),
                new TeamStanding("t-a", 10, 5)), 1).orElseThrow().teamId());
        assertEquals(AwardType.TEAM_OF_THE_QUARTER, AwardRules.bestTeam(Q2, List.of(new TeamStanding("t-a", 1, 1)), 1)
                .orElseThrow().type());
    }

    @Test
    void noEligibleTeamNoTeamAward() {
        assertTrue(AwardRules.bestTeam(APRIL, List.of(), 1).isEmpty());
        assertTrue(AwardRules.bestTeam(APRIL, List.of(new TeamStanding("t", 0, 9)), 1).isEmpty());
        assertTrue(AwardRules.bestTeam(APRIL, List.of(new TeamStanding("t", 9, 4)), 5).isEmpty());
    }

    @Test
    void praisePerAgentIsRoundedToTwoDecimals() {
        assertEquals(3.33, AwardRules.bestTeam(APRIL, List.of(new TeamStanding("t", 10, 3)), 1).orElseThrow()
                .praisePerAgent());
    }
}
