package io.contactcenter.quality.staff;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Spreads work over the evaluators: the one with the least open work gets the next task, ties going
 * to the smallest id. Starting from equal loads this keeps every evaluator's open work within one
 * task of the others. Plain Java; one instance per batch of assignments, since each pick adds to the
 * chosen evaluator's load.
 */
public final class Assignment {

    private final Map<String, Long> open = new HashMap<>();

    public Assignment(Collection<EvaluatorLoad> active) {
        active.forEach(load -> open.put(load.evaluatorId(), load.open()));
    }

    /** One pick from these loads. */
    public static Optional<String> pick(Collection<EvaluatorLoad> active, Set<String> excluded) {
        return new Assignment(active).next(excluded);
    }

    /**
     * The least-loaded evaluator not in {@code excluded} (e.g. the one whose work is disputed), counted
     * as one task busier from now on; empty when nobody is left.
     */
    public Optional<String> next(Set<String> excluded) {
        Optional<String> chosen = open.entrySet().stream()
                .filter(e -> !excluded.contains(e.getKey()))
                .min(Map.Entry.<String, Long> comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
        chosen.ifPresent(id -> open.merge(id, 1L, Long::sum));
        return chosen;
    }
}
