package io.contactcenter.quality.evaluation;

import java.util.List;

/**
 * One page of evaluations, oldest call first (the order tasks should be worked in); {@code total}
 * counts every match.
 */
public record EvaluationPage(int page, int size, long total, List<EvaluationView> items) {
}
