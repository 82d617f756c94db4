package io.contactcenter.recognition.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.contactcenter.recognition.competition.Ranking.Placing;
import io.contactcenter.recognition.competition.Ranking.Score;

/** Round scores average the judges; equal scores share a rank (1, 2, 2, 4); standings add the rounds. */
class RankingTest {

    @Test
    void roundScoreIsTheAverageOfTheJudgesAndEqualScoresShareARank() {
        List<Placing> round = Ranking.round(List.of(
                new Score("b", "t-1", 90), new Score("b", "t-1", 80), // 85
                new Score("a", null, 85), // 85: shares rank 2 with b, listed first by id
                new Score("c", "t-2", 95), // 95
                new Score("d", null, 70.333))); // 70.33
        assertEquals(List.of(
                new Placing(1, "c", "t-2", 95, 1),
                new Placing(2, "a", null, 85, 1),
                new Placing(2, "b", "t-1", 85, 2),
                new Placing(4, "d", null, 70.33, 1)), round);
    }

    @Test
    void averagesAreRoundedToTwoDecimals() {
        assertEquals(66.67, Ranking.round(List.of(new Score("a", null, 100), new Score("a", null, 50),
                new Score("a", null, 50))).get(0).score());
    }

    @Test
    void standingsSumTheRoundsAnAgentTookPartIn() {
        List<Placing> r1 = Ranking.round(List.of(new Score("a", "t-1", 90), new Score("b", "t-2", 80)));
        List<Placing> r2 = Ranking.round(List.of(new Score("b", "t-3", 95), new Score("c", null, 99)));
        List<Placing> standings = Ranking.standings(List.of(r1, r2));
        assertEquals(List.of(
                new Placing(1, "b", "t-3", 175, 2), // latest team
                new Placing(2, "c", null, 99, 1),
                new Placing(3, "a", "t-1", 90, 1)), standings);
    }

    @Test
    void noScoresNoLines() {
        assertEquals(List.of(), Ranking.round(List.of()));
        assertEquals(List.of(), Ranking.standings(List.of()));
    }
}
