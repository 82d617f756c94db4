package io.contactcenter.routing.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SkillExpressionTest {

    @Test
    void allTermsMustHold() {
        SkillExpression e = SkillExpression.parse("billing>=2 AND lang:yue>=3");
        assertTrue(e.matches(Map.of("billing", 2, "lang:yue", 5)));
        assertFalse(e.matches(Map.of("billing", 1, "lang:yue", 5)));
        assertFalse(e.matches(Map.of("billing", 4)));
    }

    @Test
    void bareSkillMeansLevelOneAndGreaterThanIsStrict() {
        assertEquals(1, SkillExpression.parse("vip").requirements().get(0).minLevel());
        assertEquals(3, SkillExpression.parse("vip>2").requirements().get(0).minLevel());
        assertTrue(SkillExpression.parse("vip and billing=2").matches(Map.of("vip", 1, "billing", 2)));
    }

    @Test
    void equalsMeansExactlyThatLevel() {
        SkillExpression e = SkillExpression.parse("billing=2");
        assertTrue(e.matches(Map.of("billing", 2)));
        assertFalse(e.matches(Map.of("billing", 3)), "billing=2 is not billing>=2");
        assertFalse(e.matches(Map.of("billing", 1)));
        assertThrows(IllegalArgumentException.class, () -> SkillExpression.parse("billing>5"));
    }

    @Test
    void emptyMatchesEveryone() {
        assertTrue(SkillExpression.parse("").matches(Map.of()));
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SkillExpression.parse("billing>=9"));
        assertThrows(IllegalArgumentException.class, () -> SkillExpression.parse("billing OR tech"));
    }
}
