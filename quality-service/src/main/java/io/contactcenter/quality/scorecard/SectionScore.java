package io.contactcenter.quality.scorecard;

/** Points earned of the points applicable in one section; {@code scoreRate} (0..100) is null when every item was NA. */
public record SectionScore(String section, String name, double earned, double applicable, Double scoreRate) {
}
