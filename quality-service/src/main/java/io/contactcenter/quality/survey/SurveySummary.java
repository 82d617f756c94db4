package io.contactcenter.quality.survey;

/**
 * Satisfaction figures over all surveys. CSAT is the share of satisfied surveys, in percent (4 or 5
 * by default: quality.surveys.satisfied-at-least).
 * {@code averageSatisfaction} and {@code csatPercent} are null while there is no survey.
 */
public record SurveySummary(long surveys, Double averageSatisfaction, Double csatPercent, long praised) {
}
