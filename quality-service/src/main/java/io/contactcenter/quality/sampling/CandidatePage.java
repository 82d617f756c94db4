package io.contactcenter.quality.sampling;

import java.util.List;

/** One page of candidates, newest contact first; {@code total} counts every match. */
public record CandidatePage(int page, int size, long total, List<CandidateView> items) {
}
