package io.contactcenter.ticket.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Who hears about an overdue ticket, and when. Level 1 at the due time goes to the owning team's
 * supervisor (the rectification notice, 整改通知); each further {@code levelInterval} overdue goes one
 * level up the list of managers. Plain Java.
 */
public class EscalationPolicy {

    public enum Role {
        SUPERVISOR, MANAGER
    }

    public record Recipient(String id, Role role) {
    }

    private final Duration levelInterval;
    private final List<String> aboveSupervisor;
    private final String defaultSupervisor;

    public EscalationPolicy(Duration levelInterval, List<String> aboveSupervisor, String defaultSupervisor) {
        if (levelInterval == null || !positive(levelInterval)) {
            throw new IllegalArgumentException("ticket.escalation.level-interval must be positive, got " + levelInterval);
        }
        if (defaultSupervisor == null || defaultSupervisor.isBlank()) {
            throw new IllegalArgumentException("ticket.escalation.default-supervisor must be set");
        }
        this.levelInterval = levelInterval;
        this.aboveSupervisor = List.copyOf(aboveSupervisor);
        this.defaultSupervisor = defaultSupervisor;
    }

    /** The supervisor, then each manager above. */
    public int maxLevel() {
        return 1 + aboveSupervisor.size();
    }

    /** When a ticket due at {@code dueAt} reaches {@code level} (1 = at the due time). */
    public Instant threshold(Instant dueAt, int level) {
        return dueAt.plus(levelInterval.multipliedBy(level - 1L));
    }

    /** The level a ticket due at {@code dueAt} has reached at {@code now}; 0 while it is not overdue. */
    public int levelAt(Instant dueAt, Instant now) {
        if (now.isBefore(dueAt)) {
            return 0;
        }
        long passed = Duration.between(dueAt, now).toMillis() / levelInterval.toMillis();
        return (int) Math.min(maxLevel(), 1 + passed);
    }

    /** Level 1: the team's supervisor (or the duty supervisor when the team has none); above: the managers. */
    public Recipient recipient(int level, String teamSupervisor) {
        if (level <= 1) {
            return new Recipient(teamSupervisor == null ? defaultSupervisor : teamSupervisor, Role.SUPERVISOR);
        }
        return new Recipient(aboveSupervisor.get(Math.min(level, maxLevel()) - 2), Role.MANAGER);
    }

    private static boolean positive(Duration d) {
        return !d.isNegative() && !d.isZero();
    }
}
