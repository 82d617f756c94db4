package io.contactcenter.quality.calibration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.contactcenter.quality.scorecard.ScorecardDefinition;

/** Opens a calibration on a known call; the scorecard's latest version (default scorecard if none named) is pinned. */
public record NewCalibration(
        @NotBlank @Size(max = 64) String contactId,
        @Size(max = 64) @Pattern(regexp = ScorecardDefinition.KEY,
                message = ScorecardDefinition.KEY_MESSAGE) String scorecardId,
        @NotBlank @Size(max = 64) String referenceEvaluatorId) {
}
