package io.contactcenter.quality.sampling;

/** Why a contact was put in front of the QA group. */
public enum SelectionReason {
    /** Complaint intent or disposition: every one is reviewed. */
    COMPLAINT,
    /** Drawn in the random share of ordinary contacts. */
    RANDOM
}
