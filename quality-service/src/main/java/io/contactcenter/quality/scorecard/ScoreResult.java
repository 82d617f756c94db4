package io.contactcenter.quality.scorecard;

import java.util.List;

/**
 * A scored evaluation. {@code rawScore} is the weighted score (0..100) over the applicable items;
 * {@code score} is the same unless a critical item failed, which makes it 0 and fails the
 * evaluation whatever the rest earned (the center's "fatal error" rule).
 */
public record ScoreResult(double score, double rawScore, double passMark, boolean passed, boolean criticalFailed,
        List<SectionScore> sections, List<ItemScore> items) {
}
