package io.contactcenter.quality.scorecard;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A dimension of the scorecard (service skill, empathy ...): reports give a score rate per section key. */
public record SectionDefinition(
        @NotBlank @Size(max = 64) @Pattern(regexp = ScorecardDefinition.KEY,
                message = ScorecardDefinition.KEY_MESSAGE) String key,
        @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid ItemDefinition> items) {
}
