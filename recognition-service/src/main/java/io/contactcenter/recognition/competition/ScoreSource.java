package io.contactcenter.recognition.competition;

/** Who scored an agent in a round. */
public enum ScoreSource {
    /** A judge of the competition (scoredBy = the judge). */
    JUDGE,
    /** A QA evaluation of one of the agent's contacts (scoredBy = the evaluation id). */
    QA_EVALUATION
}
