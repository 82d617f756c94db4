package io.contactcenter.quality.calibration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A calibration session, who has scored, and the spread against the reference so far. */
public record CalibrationView(UUID calibrationId, String contactId, String scorecardId, int scorecardVersion,
        String referenceEvaluatorId, String createdBy, Instant createdAt, List<String> scoredBy,
        CalibrationSpread.Report spread) {
}
