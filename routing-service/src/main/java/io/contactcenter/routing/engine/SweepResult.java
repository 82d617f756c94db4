package io.contactcenter.routing.engine;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One sweeper batch: where the SCAN stands ("0" = a pass ended), keys checked, and each repair made
 * (kind of inconsistency, the agent or contact id).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SweepResult(String cursor, int checked, List<Repair> repairs) {

    public enum Kind {
        AGENTS, CONTACTS;

        String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record Repair(String kind, String id) {
    }

    public List<Repair> repairs() {
        return repairs == null ? List.of() : repairs;
    }

    public boolean passEnded() {
        return "0".equals(cursor);
    }
}
