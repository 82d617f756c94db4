package io.contactcenter.quality.sampling;

import io.smallrye.mutiny.Uni;

/**
 * What else follows, in the consumer's transaction, when an ended call first becomes a QA candidate
 * (a survey that arrived before its call takes the call's agent and team). An interface here, so
 * sampling does not depend on the packages that react to it.
 */
public interface CandidateListener {

    /** Called with the contact locked, after the candidate was stored; joins the caller's transaction. */
    Uni<Void> recorded(QaCandidate candidate);
}
