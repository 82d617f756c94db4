package io.contactcenter.testing.badinput;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What a walk sent (requests per kind and per status) and what broke the rules. */
public record BadInputReport(String service, int operations, Map<String, Integer> sentByKind,
        Map<Integer, Integer> answersByStatus, List<Finding> findings) {

    private static final int SHOWN = 40;

    public int sent() {
        return sentByKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    public String summary() {
        return service + ": " + operations + " operations, " + sent() + " requests " + new TreeMap<>(sentByKind)
                + ", answers by status " + new TreeMap<>(answersByStatus) + ", " + findings.size() + " findings";
    }

    /** Fails with the first findings listed, one a line. */
    public void assertClean() {
        if (!findings.isEmpty()) {
            throw new AssertionError(summary() + ":\n" + findings.stream().limit(SHOWN).map(Finding::toString)
                    .collect(Collectors.joining("\n")) + (findings.size() > SHOWN ? "\n..." : ""));
        }
    }
}
