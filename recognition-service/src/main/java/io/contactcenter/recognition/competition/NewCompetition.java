package io.contactcenter.recognition.competition;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A competition to create, with its rounds in order. {@code competitionId} is optional: send one to
 * make a retry safe (a second create with the same id is a 409); without it the service picks one.
 */
public record NewCompetition(
        @Size(max = 64) @Pattern(regexp = ID, message = ID_MESSAGE) String competitionId,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull Round> rounds) {

    static final String ID = "[\\w.:-]+";
    static final String ID_MESSAGE = "letters, digits and . _ : - only";

    public record Round(@NotBlank @Size(max = 200) String name) {
    }
}
