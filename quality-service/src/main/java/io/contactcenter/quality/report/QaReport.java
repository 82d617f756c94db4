package io.contactcenter.quality.report;

import java.time.LocalDate;
import java.util.List;

/**
 * QA and satisfaction figures of one agent, one team or the whole center over a date range, with
 * the trend per week or month. Definitions:
 * <ul>
 * <li>evaluations: scored evaluations (not open tasks) of calls that ended in the range; after a
 * review, the reviewed score counts;</li>
 * <li>averageScore: mean final score; passRate: % passed; a critical failure scores 0 and fails;</li>
 * <li>dimension scoreRate: points earned / points applicable over all the evaluations' items of the
 * section (NA items left out), in %; the same for an item in worstItems (lowest first);</li>
 * <li>csat: surveys answered in the range; csatPercent = % satisfied (satisfaction at least
 * quality.surveys.satisfied-at-least), praiseRate = % praising, resolvedPercent = % resolved.</li>
 * </ul>
 * Rates and averages are rounded to 2 decimals and null where nothing was counted.
 */
public record QaReport(String scope, String agentId, String teamId, LocalDate from, LocalDate to,
        ReportPeriod period, Figures totals, List<DimensionRate> dimensions, Csat csat, List<PeriodFigures> trend,
        List<ItemRate> worstItems) {

    public record Figures(long evaluations, Double averageScore, Double passRate, long criticalFailures) {
    }

    public record DimensionRate(String section, String name, Double scoreRate) {
    }

    public record Csat(long surveys, Double averageSatisfaction, Double csatPercent, Double praiseRate,
            Double resolvedPercent, long praised) {
    }

    public record PeriodFigures(LocalDate periodStart, Figures figures, List<DimensionRate> dimensions, Csat csat) {
    }

    public record ItemRate(String section, String item, String label, long answered, Double scoreRate) {
    }
}
