package io.contactcenter.quality.scorecard;

/**
 * How one item was answered and what it earned. {@code earned} and {@code maxPoints} count only when
 * {@code applicable}; {@code failed} marks a critical item answered NO (or 0 on a scale).
 */
public record ItemScore(String section, String sectionName, String item, String label, String answer,
        boolean applicable, double maxPoints, double earned, boolean critical, boolean failed) {
}
