package io.contactcenter.quality.scorecard;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One question of a scorecard. {@code maxPoints} is its weight; {@code scaleMax} only for SCALE
 * items. An answer of NA ("not applicable") is accepted only where {@code notApplicableAllowed}, and
 * takes the item out of the score (its points count neither earned nor possible).
 */
public record ItemDefinition(
        @NotBlank @Size(max = 64) @Pattern(regexp = ScorecardDefinition.KEY,
                message = ScorecardDefinition.KEY_MESSAGE) String key,
        @NotBlank @Size(max = 500) String text,
        @NotNull AnswerType answerType,
        @NotNull @Min(1) @Max(1000) Integer maxPoints,
        @Min(1) @Max(10) Integer scaleMax,
        boolean critical,
        boolean notApplicableAllowed) {
}
