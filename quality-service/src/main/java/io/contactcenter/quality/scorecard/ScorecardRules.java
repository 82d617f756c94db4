package io.contactcenter.quality.scorecard;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.contactcenter.platform.problem.InvalidFieldProblem;

/** What Bean Validation cannot say about a scorecard: unique keys, and answer types that fit their fields. */
public final class ScorecardRules {

    private ScorecardRules() {
    }

    /** Throws {@link InvalidFieldProblem} naming the first offending field (e.g. {@code sections[1].items[0].key}). */
    public static void check(ScorecardDefinition card) {
        Set<String> sectionKeys = new HashSet<>();
        Map<String, String> itemKeys = new HashMap<>();
        for (int s = 0; s < card.sections().size(); s++) {
            SectionDefinition section = card.sections().get(s);
            String sectionPath = "sections[" + s + "]";
            if (!sectionKeys.add(section.key())) {
                throw new InvalidFieldProblem(sectionPath + ".key",
                        "section key '" + section.key() + "' is used twice");
            }
            for (int i = 0; i < section.items().size(); i++) {
                ItemDefinition item = section.items().get(i);
                String itemPath = sectionPath + ".items[" + i + "]";
                String earlier = itemKeys.putIfAbsent(item.key(), itemPath);
                if (earlier != null) {
                    // Answers name items by key alone, so keys are unique across the whole scorecard.
                    throw new InvalidFieldProblem(itemPath + ".key",
                            "item key '" + item.key() + "' is already used by " + earlier);
                }
                if (item.answerType() == AnswerType.SCALE && item.scaleMax() == null) {
                    throw new InvalidFieldProblem(itemPath + ".scaleMax", "a SCALE item needs scaleMax (1..10)");
                }
                if (item.answerType() == AnswerType.YES_NO && item.scaleMax() != null) {
                    throw new InvalidFieldProblem(itemPath + ".scaleMax", "a YES_NO item has no scaleMax");
                }
            }
        }
    }
}
