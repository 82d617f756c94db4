package io.contactcenter.quality.sampling;

import java.util.Map;

/** All candidates so far, how many were selected, and why (every reason listed, 0 included). */
public record CandidateSummary(long candidates, long selected, Map<SelectionReason, Long> byReason) {
}
