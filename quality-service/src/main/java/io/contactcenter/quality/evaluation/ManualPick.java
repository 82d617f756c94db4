package io.contactcenter.quality.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A supervisor asks for a particular call to be evaluated (it must be a known candidate not picked yet). */
public record ManualPick(@NotBlank @Size(max = 64) String contactId) {
}
