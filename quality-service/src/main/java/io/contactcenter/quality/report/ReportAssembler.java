package io.contactcenter.quality.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.contactcenter.quality.scorecard.Scoring;

/**
 * Builds a {@link QaReport} from per-bucket sums (what SQL aggregates) — plain Java, so the
 * definitions in QaReport are checked without a database. Totals are sums of the buckets' sums,
 * never averages of averages.
 */
public final class ReportAssembler {

    /** Evaluation sums of one bucket. */
    public record EvaluationSums(LocalDate bucket, long evaluations, double scoreSum, long passed,
            long criticalFailures) {
    }

    /** Item points of one section in one bucket (applicable items only). */
    public record SectionSums(LocalDate bucket, String section, String name, double earned, double possible) {
    }

    /** Item points of one item over the whole range (applicable answers only). */
    public record ItemSums(String section, String item, String label, long answered, double earned,
            double possible) {
    }

    /** Survey sums of one bucket. */
    public record SurveySums(LocalDate bucket, long surveys, long satisfactionSum, long satisfied, long praised,
            long resolved) {
    }

    /** The report's scope and range as asked for. */
    public record Request(String agentId, String teamId, LocalDate from, LocalDate to, ReportPeriod period,
            int worstItems) {

        public String scope() {
            return agentId != null ? "AGENT" : teamId != null ? "TEAM" : "CENTER";
        }
    }

    private ReportAssembler() {
    }

    public static QaReport assemble(Request request, List<EvaluationSums> evaluations, List<SectionSums> sections,
            List<ItemSums> items, List<SurveySums> surveys) {
        Map<LocalDate, EvaluationSums> evalByBucket = evaluations.stream()
                .collect(Collectors.toMap(EvaluationSums::bucket, e -> e));
        Map<LocalDate, List<SectionSums>> sectionsByBucket = sections.stream()
                .collect(Collectors.groupingBy(SectionSums::bucket));
        Map<LocalDate, SurveySums> surveysByBucket = surveys.stream()
                .collect(Collectors.toMap(SurveySums::bucket, s -> s));

        List<QaReport.PeriodFigures> trend = new ArrayList<>();
        ReportPeriod period = request.period();
        for (LocalDate b = period.start(request.from()); !b.isAfter(request.to()); b = period.next(b)) {
            trend.add(new QaReport.PeriodFigures(b, figures(List.of(evalByBucket.getOrDefault(b, empty(b)))),
                    dimensions(sectionsByBucket.getOrDefault(b, List.of())),
                    csat(List.of(surveysByBucket.getOrDefault(b, new SurveySums(b, 0, 0, 0, 0, 0))))));
        }
        List<QaReport.ItemRate> worst = items.stream()
                .filter(i -> i.answered() > 0 && i.possible() > 0)
                .map(i -> new QaReport.ItemRate(i.section(), i.item(), i.label(), i.answered(),
                        Scoring.rate(i.earned(), i.possible())))
                .sorted(Comparator.comparing(QaReport.ItemRate::scoreRate)
                        .thenComparing(Comparator.comparingLong(QaReport.ItemRate::answered).reversed())
                        .thenComparing(QaReport.ItemRate::section).thenComparing(QaReport.ItemRate::item))
                .limit(request.worstItems())
                .toList();
        return new QaReport(request.scope(), request.agentId(), request.teamId(), request.from(), request.to(),
                request.period(), figures(evaluations), dimensions(sections), csat(surveys), trend, worst);
    }

    private static EvaluationSums empty(LocalDate bucket) {
        return new EvaluationSums(bucket, 0, 0, 0, 0);
    }

    private static QaReport.Figures figures(List<EvaluationSums> sums) {
        long n = sums.stream().mapToLong(EvaluationSums::evaluations).sum();
        double scoreSum = sums.stream().mapToDouble(EvaluationSums::scoreSum).sum();
        long passed = sums.stream().mapToLong(EvaluationSums::passed).sum();
        long critical = sums.stream().mapToLong(EvaluationSums::criticalFailures).sum();
        return new QaReport.Figures(n, n == 0 ? null : Scoring.round2(scoreSum / n),
                n == 0 ? null : Scoring.rate(passed, n), critical);
    }

    /** Sums earned and possible points per section over the given buckets; sections in key order. */
    private static List<QaReport.DimensionRate> dimensions(List<SectionSums> sums) {
        Map<String, double[]> bySection = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (SectionSums s : sums) {
            double[] acc = bySection.computeIfAbsent(s.section(), k -> new double[2]);
            acc[0] += s.earned();
            acc[1] += s.possible();
            names.putIfAbsent(s.section(), s.name());
        }
        List<QaReport.DimensionRate> rates = new ArrayList<>();
        bySection.forEach((section, acc) -> rates.add(new QaReport.DimensionRate(section, names.get(section),
                acc[1] == 0 ? null : Scoring.rate(acc[0], acc[1]))));
        return rates;
    }

    private static QaReport.Csat csat(List<SurveySums> sums) {
        long n = sums.stream().mapToLong(SurveySums::surveys).sum();
        long satisfaction = sums.stream().mapToLong(SurveySums::satisfactionSum).sum();
        long satisfied = sums.stream().mapToLong(SurveySums::satisfied).sum();
        long praised = sums.stream().mapToLong(SurveySums::praised).sum();
        long resolved = sums.stream().mapToLong(SurveySums::resolved).sum();
        if (n == 0) {
            return new QaReport.Csat(0, null, null, null, null, 0);
        }
        return new QaReport.Csat(n, Scoring.round2((double) satisfaction / n), Scoring.rate(satisfied, n),
                Scoring.rate(praised, n), Scoring.rate(resolved, n), praised);
    }
}
