package io.contactcenter.quality.sampling;

/** Why a call was put in front of the QA group. */
public enum SelectionReason {
    /** Complaint intent or disposition: every one is reviewed. */
    COMPLAINT,
    /** The customer's survey scored the contact low (satisfaction at most quality.sampling.low-survey-at-most). */
    LOW_SURVEY,
    /** One of the agent's routine calls of the week, within the weekly quota. */
    QUOTA,
    /** Beyond the routine quota, within the larger quota of an agent in the first months. */
    NEW_AGENT,
    /** Drawn in the optional random share of the calls left after the quota. */
    RANDOM,
    /** A supervisor asked for this call. */
    MANUAL
}
