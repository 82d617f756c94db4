package io.contactcenter.quality.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.contactcenter.quality.scorecard.ItemScore;
import io.contactcenter.quality.scorecard.ScoreResult;
import io.contactcenter.quality.scorecard.Scoring;

/**
 * How far the evaluators of one call are from the reference evaluation (the QA lead's), overall and
 * per item. Plain Java. Definitions (all rounded to 2 decimals):
 * <ul>
 * <li>participant deviation = score - reference score (final scores, so a missed critical item shows);</li>
 * <li>overall: mean and maximum absolute deviation, root mean square deviation, share of participants
 * within the tolerance, mean participant score, and the range (max - min) of all scores, reference included;</li>
 * <li>per item, on the item's rate (earned / max points x 100, absent when NA): agreement = share of
 * participants who gave the reference's answer (NA included); mean and max absolute deviation over
 * participants where both answers apply; range of all applicable rates.</li>
 * </ul>
 * Without a reference score yet, only the answers, mean score and ranges are given.
 */
public final class CalibrationSpread {

    public record Participant(String evaluatorId, double score, Double deviation, Boolean withinTolerance) {
    }

    public record Overall(int participants, Double referenceScore, Double meanScore, Double scoreRange,
            Double meanAbsoluteDeviation, Double maxAbsoluteDeviation, Double rootMeanSquareDeviation,
            Double withinTolerancePercent) {
    }

    public record ItemSpread(String section, String item, String label, String referenceAnswer, Double referenceRate,
            Map<String, String> answers, Double agreementPercent, Double meanAbsoluteDeviation,
            Double maxAbsoluteDeviation, Double rateRange) {
    }

    public record Report(double tolerance, Overall overall, List<Participant> participants, List<ItemSpread> items) {
    }

    private CalibrationSpread() {
    }

    /** {@code scores} by evaluator id, the reference's included if it has scored. */
    public static Report of(String referenceEvaluatorId, Map<String, ScoreResult> scores, double tolerance) {
        ScoreResult reference = scores.get(referenceEvaluatorId);
        Map<String, ScoreResult> others = new TreeMap<>(scores);
        others.remove(referenceEvaluatorId);

        List<Participant> participants = new ArrayList<>();
        double absSum = 0;
        double squareSum = 0;
        double absMax = 0;
        int within = 0;
        double scoreSum = 0;
        for (Map.Entry<String, ScoreResult> p : others.entrySet()) {
            double score = p.getValue().score();
            scoreSum += score;
            if (reference == null) {
                participants.add(new Participant(p.getKey(), score, null, null));
                continue;
            }
            double deviation = score - reference.score();
            double abs = Math.abs(deviation);
            absSum += abs;
            squareSum += deviation * deviation;
            absMax = Math.max(absMax, abs);
            boolean ok = abs <= tolerance;
            within += ok ? 1 : 0;
            participants.add(new Participant(p.getKey(), score, Scoring.round2(deviation), ok));
        }
        int n = others.size();
        boolean compared = reference != null && n > 0;
        Overall overall = new Overall(n, reference == null ? null : reference.score(),
                n == 0 ? null : Scoring.round2(scoreSum / n),
                scores.isEmpty() ? null
                        : Scoring.round2(range(scores.values().stream().map(ScoreResult::score).toList())),
                compared ? Scoring.round2(absSum / n) : null,
                compared ? Scoring.round2(absMax) : null,
                compared ? Scoring.round2(Math.sqrt(squareSum / n)) : null,
                compared ? Scoring.rate(within, n) : null);
        return new Report(tolerance, overall, participants, items(reference, others, scores));
    }

    private static List<ItemSpread> items(ScoreResult reference, Map<String, ScoreResult> others,
            Map<String, ScoreResult> all) {
        if (all.isEmpty()) {
            return List.of();
        }
        // Every score of a calibration uses the same scorecard version: same items, same order.
        List<ItemScore> layout = (reference != null ? reference : all.values().iterator().next()).items();
        Map<String, Map<String, ItemScore>> byEvaluator = new LinkedHashMap<>();
        others.forEach((id, r) -> byEvaluator.put(id, index(r)));
        Map<String, ItemScore> ref = reference == null ? Map.of() : index(reference);

        List<ItemSpread> spreads = new ArrayList<>();
        for (ItemScore item : layout) {
            Map<String, String> answers = new TreeMap<>();
            List<Double> rates = new ArrayList<>();
            ItemScore refItem = ref.get(item.item());
            Double refRate = refItem == null ? null : rate(refItem);
            if (refRate != null) {
                rates.add(refRate);
            }
            int agree = 0;
            int compared = 0;
            double absSum = 0;
            double absMax = 0;
            for (Map.Entry<String, Map<String, ItemScore>> p : byEvaluator.entrySet()) {
                ItemScore mine = p.getValue().get(item.item());
                answers.put(p.getKey(), mine.answer());
                Double myRate = rate(mine);
                if (myRate != null) {
                    rates.add(myRate);
                }
                if (refItem == null) {
                    continue;
                }
                agree += mine.answer().equals(refItem.answer()) ? 1 : 0;
                if (myRate != null && refRate != null) {
                    double abs = Math.abs(myRate - refRate);
                    absSum += abs;
                    absMax = Math.max(absMax, abs);
                    compared++;
                }
            }
            int n = byEvaluator.size();
            spreads.add(new ItemSpread(item.section(), item.item(), item.label(),
                    refItem == null ? null : refItem.answer(), refRate == null ? null : Scoring.round2(refRate),
                    answers, refItem == null || n == 0 ? null : Scoring.rate(agree, n),
                    compared == 0 ? null : Scoring.round2(absSum / compared),
                    compared == 0 ? null : Scoring.round2(absMax),
                    rates.isEmpty() ? null : Scoring.round2(range(rates))));
        }
        return spreads;
    }

    private static Map<String, ItemScore> index(ScoreResult r) {
        Map<String, ItemScore> byKey = new LinkedHashMap<>();
        r.items().forEach(i -> byKey.put(i.item(), i));
        return byKey;
    }

    /** The item's rate in percent, or null when it was NA. */
    private static Double rate(ItemScore i) {
        return i.applicable() ? 100 * i.earned() / i.maxPoints() : null;
    }

    private static double range(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0)
                - values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }
}
