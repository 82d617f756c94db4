package io.contactcenter.quality.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.contactcenter.platform.problem.InvalidFieldProblem;

/**
 * Scores answers against one scorecard version. Plain Java, no framework.
 * <ul>
 * <li>YES earns an item's points, NO none; a SCALE answer {@code v} earns {@code maxPoints * v / scaleMax}.</li>
 * <li>NA (where allowed) removes the item: the score is earned points over applicable points, times 100,
 * so a not-applicable item neither helps nor hurts.</li>
 * <li>A failed critical item (NO, or 0 on a scale) makes the score 0 and the evaluation fails.</li>
 * <li>Passed: no critical failure and score &gt;= pass mark. Scores and rates are rounded to 2 decimals.</li>
 * </ul>
 * Answers are keyed by item key; every item must be answered, unknown keys are refused.
 */
public final class Scoring {

    public static final String YES = "YES";
    public static final String NO = "NO";
    public static final String NOT_APPLICABLE = "NA";
    private static final String FIELD = "answers";

    private Scoring() {
    }

    public static ScoreResult score(Scorecard card, Map<String, String> answers) {
        if (answers == null || answers.isEmpty()) {
            throw new InvalidFieldProblem(FIELD, "answers are required, one per item");
        }
        Set<String> unknown = new TreeSet<>(answers.keySet());
        List<ItemScore> items = new ArrayList<>();
        List<SectionScore> sections = new ArrayList<>();
        double earnedTotal = 0;
        double applicableTotal = 0;
        boolean criticalFailed = false;
        for (SectionDefinition section : card.sections()) {
            double earned = 0;
            double applicable = 0;
            for (ItemDefinition item : section.items()) {
                unknown.remove(item.key());
                ItemScore scored = scoreItem(section, item, answers.get(item.key()));
                items.add(scored);
                if (scored.applicable()) {
                    earned += scored.earned();
                    applicable += scored.maxPoints();
                }
                criticalFailed |= scored.failed();
            }
            sections.add(new SectionScore(section.key(), section.name(), earned, applicable,
                    applicable == 0 ? null : rate(earned, applicable)));
            earnedTotal += earned;
            applicableTotal += applicable;
        }
        if (!unknown.isEmpty()) {
            String key = unknown.iterator().next();
            throw new InvalidFieldProblem(FIELD + "." + key, "scorecard " + card.scorecardId() + " version "
                    + card.version() + " has no item '" + key + "'");
        }
        if (applicableTotal == 0) {
            throw new InvalidFieldProblem(FIELD, "every item is NA: there is nothing to score");
        }
        double rawScore = rate(earnedTotal, applicableTotal);
        double score = criticalFailed ? 0 : rawScore;
        boolean passed = !criticalFailed && score >= card.passMark();
        return new ScoreResult(score, rawScore, card.passMark(), passed, criticalFailed, List.copyOf(sections),
                List.copyOf(items));
    }

    private static ItemScore scoreItem(SectionDefinition section, ItemDefinition item, String answer) {
        String field = FIELD + "." + item.key();
        if (answer == null || answer.isBlank()) {
            throw new InvalidFieldProblem(field, "item '" + item.key() + "' is not answered");
        }
        String value = answer.trim();
        double max = item.maxPoints();
        if (NOT_APPLICABLE.equals(value)) {
            if (!item.notApplicableAllowed()) {
                throw new InvalidFieldProblem(field, "item '" + item.key() + "' always applies: NA is not allowed");
            }
            return new ItemScore(section.key(), section.name(), item.key(), item.text(), value, false, max, 0,
                    item.critical(), false);
        }
        double earned;
        if (item.answerType() == AnswerType.YES_NO) {
            if (!YES.equals(value) && !NO.equals(value)) {
                throw new InvalidFieldProblem(field, "expected YES, NO" + naHint(item) + ", was '" + value + "'");
            }
            earned = YES.equals(value) ? max : 0;
        } else {
            int points;
            try {
                points = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                points = -1;
            }
            if (points < 0 || points > item.scaleMax()) {
                throw new InvalidFieldProblem(field,
                        "expected 0.." + item.scaleMax() + naHint(item) + ", was '" + value + "'");
            }
            earned = max * points / item.scaleMax();
        }
        return new ItemScore(section.key(), section.name(), item.key(), item.text(), value, true, max, earned,
                item.critical(), item.critical() && earned == 0);
    }

    private static String naHint(ItemDefinition item) {
        return item.notApplicableAllowed() ? " or NA" : "";
    }

    /** 100 * part / whole, rounded half-up to 2 decimals. */
    public static double rate(double part, double whole) {
        return round2(100 * part / whole);
    }

    public static double round2(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
