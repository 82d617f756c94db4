package io.contactcenter.quality.scorecard;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A scorecard as an administrator writes it (PUT /qa/scorecards/{id}); every write is a new version. */
public record ScorecardDefinition(
        @NotBlank @Size(max = 200) String name,
        @NotNull @DecimalMin("0") @DecimalMax("100") Double passMark,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid SectionDefinition> sections) {

    /** Keys of scorecards, sections and items: stable identifiers reports group by. */
    public static final String KEY = "[a-z0-9][a-z0-9_-]*";
    public static final String KEY_MESSAGE = "lower-case letters, digits, - and _ only";
}
