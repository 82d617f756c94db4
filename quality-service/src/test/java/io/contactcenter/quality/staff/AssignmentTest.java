package io.contactcenter.quality.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Spreading tasks over evaluators. No Quarkus. */
class AssignmentTest {

    @Test
    void leastLoadedGetsTheTaskTiesToTheSmallestId() {
        List<EvaluatorLoad> loads = List.of(new EvaluatorLoad("qa-b", 2), new EvaluatorLoad("qa-a", 2),
                new EvaluatorLoad("qa-c", 1));
        assertEquals(Optional.of("qa-c"), Assignment.pick(loads, Set.of()));
        assertEquals(Optional.of("qa-a"), Assignment.pick(loads, Set.of("qa-c")));
    }

    @Test
    void nobodyLeftMeansUnassigned() {
        assertEquals(Optional.empty(), Assignment.pick(List.of(), Set.of()));
        assertEquals(Optional.empty(), Assignment.pick(List.of(new EvaluatorLoad("qa-a", 0)), Set.of("qa-a")));
    }

    @Test
    void aBatchLevelsUnevenLoadsAndThenStaysWithinOne() {
        Assignment batch = new Assignment(List.of(new EvaluatorLoad("qa-a", 0), new EvaluatorLoad("qa-b", 4),
                new EvaluatorLoad("qa-c", 1)));
        Map<String, Integer> got = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            got.merge(batch.next(Set.of()).orElseThrow(), 1, Integer::sum);
        }
        // 25 tasks in all over 3 evaluators: loads end at 9, 8, 8 (a gets 9, b 4, c 7).
        assertEquals(Map.of("qa-a", 9, "qa-b", 4, "qa-c", 7), got);
    }

    @Test
    void equalStartsStayBalanced() {
        Assignment batch = new Assignment(List.of(new EvaluatorLoad("qa-1", 0), new EvaluatorLoad("qa-2", 0),
                new EvaluatorLoad("qa-3", 0)));
        Map<String, Integer> got = new HashMap<>();
        for (int i = 1; i <= 100; i++) {
            got.merge(batch.next(Set.of()).orElseThrow(), 1, Integer::sum);
            int max = got.values().stream().max(Integer::compare).orElseThrow();
            int min = got.size() < 3 ? 0 : got.values().stream().min(Integer::compare).orElseThrow();
            assertTrue(max - min <= 1, "after " + i + " tasks: " + got);
        }
    }
}
