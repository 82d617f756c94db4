package io.contactcenter.ticket.assignment;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.contactcenter.ticket.model.Severity;
import io.contactcenter.ticket.model.TicketType;


/**
 * Dispatch by nature and urgency (step 2 of the complaint loop): the first rule matching type,
 * category and severity picks the team; within a team the least-loaded member gets the ticket.
 * Plain Java.
 */
public class AssignmentRules {

    /** Null fields match anything; {@code minSeverity} matches that severity and above. */
    public record Rule(TicketType type, String category, Severity minSeverity, String team) {

        public Rule {
            if (team == null || team.isBlank()) {
                throw new IllegalArgumentException("an assignment rule needs a team");
            }
        }

        boolean matches(TicketType t, String c, Severity s) {
            return (type == null || type == t)
                    && (category == null || category.equalsIgnoreCase(c == null ? "" : c.trim()))
                    && (minSeverity == null || s.compareTo(minSeverity) >= 0);
        }
    }

    private final List<Rule> rules;
    private final String defaultTeam;

    public AssignmentRules(List<Rule> rules, String defaultTeam) {
        if (defaultTeam == null || defaultTeam.isBlank()) {
            throw new IllegalArgumentException("ticket.assignment.default-team must be set");
        }
        this.rules = List.copyOf(rules);
        this.defaultTeam = defaultTeam;
    }

    /** The first matching rule's team; else the team of whoever recorded it; else the default team. */
    public String teamFor(TicketType type, String category, Severity severity, String recorderTeam) {
        return rules.stream().filter(r -> r.matches(type, category, severity)).map(Rule::team).findFirst()
                .orElse(recorderTeam != null && !recorderTeam.isBlank() ? recorderTeam : defaultTeam);
    }

    /** The member with the fewest open tickets; ties go to the smallest id, so the choice is repeatable. */
    public static Optional<String> leastLoaded(Map<String, Long> openTicketsByMember) {
        return openTicketsByMember.entrySet().stream()
                .min(Comparator.<Map.Entry<String, Long>> comparingLong(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey);
    }
}
