package io.contactcenter.quality.evaluation;

/** What the second reviewer decided about a disputed evaluation. */
public enum ReviewOutcome {
    /** The original answers and score stand. */
    UPHELD,
    /** The reviewer's answers replace the original ones, re-scored with the same scorecard version. */
    AMENDED
}
