package io.contactcenter.quality.evaluation;

/** A section's score rate in an event body; null when every item of the section was NA. */
public record SectionRate(String section, Double scoreRate) {
}
