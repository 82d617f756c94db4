package io.contactcenter.quality.calibration;

import java.util.Map;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** One evaluator's answers in a calibration, as in an evaluation: item key to YES, NO, NA or a scale value. */
public record CalibrationAnswers(@NotEmpty @Size(max = 200) Map<String, String> answers) {
}
