package io.contactcenter.ticket.ticket;

import io.contactcenter.ticket.TicketRules;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.contactcenter.platform.problem.ConflictProblem;
import io.contactcenter.platform.problem.InvalidFieldProblem;
import io.contactcenter.ticket.sla.EscalationPolicy;
import io.contactcenter.ticket.model.AssignMode;
import io.contactcenter.ticket.model.ConfirmationChannel;
import io.contactcenter.ticket.model.ContactDirection;
import io.contactcenter.ticket.model.Severity;
import io.contactcenter.ticket.model.SlaClock;
import io.contactcenter.ticket.model.TicketChannel;
import io.contactcenter.ticket.model.TicketStatus;
import io.contactcenter.ticket.model.TicketType;
import io.contactcenter.ticket.sla.SlaTimes;

/**
 * A registered issue, who answers for it, and its commitments. The rules of the lifecycle live
 * here as plain methods (unit-tested without Quarkus): each returns the {@link Change}s it made
 * (worded by {@link TicketChanges}), which {@link TicketService} records as history lines and outbox
 * events in the same transaction.
 * Never leaves the service: callers get a {@link TicketView}.
 */
@Entity
@Table(name = "ticket")
public class Ticket {

    /** Assigned here, not by the database: the events need it in the same transaction. */
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TicketType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TicketChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TicketStatus status;

    @Column(nullable = false)
    public String subject;

    public String description;

    public String category;

    @Column(name = "customer_id")
    public String customerId;

    @Column(name = "customer_name")
    public String customerName;

    @Column(name = "customer_phone")
    public String customerPhone;

    @Column(name = "customer_email")
    public String customerEmail;

    @Column(name = "customer_company")
    public String customerCompany;

    /** The call the ticket was raised from; unique, so one call opens at most one ticket. */
    @Column(name = "source_contact_id", unique = true)
    public String sourceContactId;

    /** Who registered the ticket and signs for it (the centre's rule: "who recorded it signs it"). */
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "owning_team")
    public String owningTeam;

    public String assignee;

    /** When the customer raised the issue; the commitments run from here. */
    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;

    @Column(name = "first_response_due_at")
    public Instant firstResponseDueAt;

    @Column(name = "first_response_warn_at")
    public Instant firstResponseWarnAt;

    @Column(name = "first_responded_at")
    public Instant firstRespondedAt;

    @Column(name = "first_response_warned", nullable = false)
    public boolean firstResponseWarned;

    /** Resolution due. */
    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "warn_at", nullable = false)
    public Instant warnAt;

    @Column(name = "resolution_warned", nullable = false)
    public boolean resolutionWarned;

    /** Set while the clock stands still (waiting on the customer, resolved, closed). */
    @Column(name = "sla_paused_at")
    public Instant slaPausedAt;

    /** Open time the clock stood still before the current pause, in milliseconds. */
    @Column(name = "sla_paused_ms", nullable = false)
    public long slaPausedMs;

    @Column(name = "escalation_level", nullable = false)
    public int escalationLevel;

    @Column(name = "escalated_at")
    public Instant escalatedAt;

    /** When the escalation scheduler next has something to do here; null: nothing. */
    @Column(name = "next_sla_check_at")
    public Instant nextSlaCheckAt;

    public String resolution;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    /** Resolved on the contact that opened it, never reopened (一次性解决). */
    @Column(name = "first_contact_resolution", nullable = false)
    public boolean firstContactResolution;

    public Boolean satisfied;

    @Enumerated(EnumType.STRING)
    @Column(name = "confirmed_via")
    public ConfirmationChannel confirmedVia;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "reopen_count", nullable = false)
    public int reopenCount;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Optimistic locking: concurrent edits must not overwrite each other (409 for the loser). */
    @Version
    public Long version;

    /** A NEW ticket owned by {@code team}, with its due times; {@link #created()} is its first change. */
    public static Ticket register(UUID id, Registration r, String team, Instant now, TicketRules rules) {
        Ticket t = new Ticket();
        t.id = id;
        t.type = r.type();
        t.channel = r.channel();
        t.severity = r.severity();
        t.status = TicketStatus.NEW;
        t.subject = r.subject();
        t.description = r.description();
        t.category = r.category();
        t.customerId = r.customerId();
        t.customerName = r.customerName();
        t.customerPhone = r.customerPhone();
        t.customerEmail = r.customerEmail();
        t.customerCompany = r.customerCompany();
        t.sourceContactId = r.sourceContactId();
        t.recordedBy = r.recordedBy();
        t.owningTeam = team;
        t.raisedAt = millis(r.raisedAt());
        t.firstRespondedAt = r.firstRespondedAt() == null ? null : millis(r.firstRespondedAt());
        t.createdAt = now;
        t.updatedAt = now;
        t.recomputeSla(now, rules);
        return t;
    }

    public Change created() {
        return TicketChanges.created(this);
    }

    /**
     * Gives the ticket to {@code team} and {@code newAssignee} (null: the team's queue). Dispatching
     * to a person makes it ASSIGNED; one waiting on the customer keeps waiting. Null if nothing changed.
     */
    public Change assign(String team, String newAssignee, AssignMode mode, String actor, Instant now) {
        if (!status.open()) {
            throw new ConflictProblem("ticket is " + status + ": reopen it before assigning it");
        }
        if (Objects.equals(team, owningTeam) && Objects.equals(newAssignee, assignee)) {
            return null;
        }
        TicketStatus previousStatus = status;
        String previousTeam = owningTeam;
        String previousAssignee = assignee;
        if (newAssignee == null) {
            if (status != TicketStatus.NEW && status != TicketStatus.REOPENED) {
                throw new ConflictProblem("team " + team + " has no member to take over this " + status + " ticket");
            }
        } else if (status != TicketStatus.WAITING_ON_CUSTOMER && status != TicketStatus.ASSIGNED) {
            Lifecycle.check(status, TicketStatus.ASSIGNED);
            status = TicketStatus.ASSIGNED;
        }
        owningTeam = team;
        assignee = newAssignee;
        updatedAt = now;
        return TicketChanges.assigned(this, previousTeam, previousAssignee, previousStatus, mode, actor, now);
    }

    /**
     * Work starts (IN_PROGRESS), waits on the customer, resumes, is resolved or reopened. Closing
     * needs the customer's confirmation ({@link #confirm}); assigning goes through {@link #assign}.
     */
    public Change changeStatus(TicketStatus to, String reason, String resolutionSummary, String contactId,
            String actor, Instant now, TicketRules rules) {
        if (to == TicketStatus.CLOSED) {
            throw new ConflictProblem("closing needs the customer's confirmation (POST /tickets/" + id
                    + "/confirmation); the ticket is " + status);
        }
        if (to == TicketStatus.ASSIGNED) {
            throw new ConflictProblem("assigning goes through POST /tickets/" + id + "/assignment");
        }
        if (to == TicketStatus.REOPENED) {
            return reopen(reason, null, null, actor, now, rules);
        }
        Lifecycle.check(status, to);
        TicketStatus from = status;
        switch (to) {
            case IN_PROGRESS -> {
                if (assignee == null) {
                    throw new ConflictProblem("nobody is assigned: assign the ticket before work starts");
                }
                startClock(now, rules);
            }
            case WAITING_ON_CUSTOMER -> {
                // Asking the customer for something is a response.
                respond(now);
                stopClock(now);
            }
            case RESOLVED -> {
                if (resolutionSummary == null || resolutionSummary.isBlank()) {
                    throw new InvalidFieldProblem("resolution", "resolving needs a resolution summary");
                }
                resolution = resolutionSummary.trim();
                resolvedAt = now;
                resolvedBy = actor;
                firstContactResolution = reopenCount == 0 && sourceContactId != null
                        && sourceContactId.equals(contactId);
                respond(now);
                stopClock(now);
            }
            default -> throw new IllegalStateException("unhandled " + to);
        }
        status = to;
        updatedAt = now;
        return TicketChanges.statusChanged(this, from, blankToNull(reason), actor, now);
    }

    /** The customer's verdict on a RESOLVED ticket: satisfied closes it, not satisfied reopens it. */
    public Change confirm(boolean isSatisfied, ConfirmationChannel via, String comment, String actor, Instant now,
            TicketRules rules) {
        if (status != TicketStatus.RESOLVED) {
            throw new ConflictProblem("only a RESOLVED ticket awaits the customer's confirmation; this one is "
                    + status);
        }
        if (!isSatisfied) {
            return reopen("customer not satisfied" + (comment == null || comment.isBlank() ? "" : ": " + comment.trim()),
                    false, via, actor, now, rules);
        }
        satisfied = true;
        confirmedVia = via;
        closedAt = now;
        status = TicketStatus.CLOSED;
        updatedAt = now;
        return TicketChanges.closed(this, blankToNull(comment), actor, now);
    }

    /** Type, severity or category changed: the due times follow. Null if nothing changed. */
    public Change reclassify(TicketType newType, Severity newSeverity, String newCategory, String actor, Instant now,
            TicketRules rules) {
        if (status == TicketStatus.CLOSED) {
            throw new ConflictProblem("a CLOSED ticket is archived and cannot be reclassified");
        }
        TicketType t = newType == null ? type : newType;
        Severity s = newSeverity == null ? severity : newSeverity;
        String c = newCategory == null ? category : blankToNull(newCategory);
        if (t == type && s == severity && Objects.equals(c, category)) {
            return null;
        }
        TicketType previousType = type;
        Severity previousSeverity = severity;
        String previousCategory = category;
        type = t;
        severity = s;
        category = c;
        Instant previousDue = dueAt;
        recomputeSla(now, rules);
        updatedAt = now;
        return TicketChanges.reclassified(this, previousType, previousSeverity, previousCategory, previousDue, actor,
                now);
    }

    /** A call, email or letter exchanged with the customer; the first outbound one is the first response. */
    public Change customerContact(ContactDirection direction, TicketChannel via, String contactId, String actor,
            Instant now, TicketRules rules) {
        boolean first = direction == ContactDirection.OUTBOUND && firstRespondedAt == null;
        if (first) {
            respond(now);
            scheduleNextCheck(rules);
            updatedAt = now;
        }
        return TicketChanges.customerContacted(this, direction, via, contactId, first, actor, now);
    }

    /**
     * What the escalation scheduler does at {@code now}: warn once per commitment when its warning share
     * has passed, and escalate one level per threshold passed. {@code teamSupervisor} may be null.
     */
    public List<Change> checkSla(Instant now, TicketRules rules, String teamSupervisor) {
        List<Change> changes = new ArrayList<>();
        if (status.clockStopped()) {
            nextSlaCheckAt = null;
            return changes;
        }
        double share = rules.sla().warningShare();
        if (firstRespondedAt == null && !firstResponseWarned && !now.isBefore(firstResponseWarnAt)) {
            firstResponseWarned = true;
            changes.add(TicketChanges.slaWarning(this, SlaClock.FIRST_RESPONSE, firstResponseDueAt, share, now));
        }
        if (!resolutionWarned && !now.isBefore(warnAt)) {
            resolutionWarned = true;
            // Past due already (the scheduler was down): the escalation below says more than a warning.
            if (now.isBefore(dueAt)) {
                changes.add(TicketChanges.slaWarning(this, SlaClock.RESOLUTION, dueAt, share, now));
            }
        }
        EscalationPolicy ladder = rules.escalation();
        int reached = ladder.levelAt(dueAt, now);
        while (escalationLevel < reached) {
            escalationLevel++;
            escalatedAt = now;
            changes.add(TicketChanges.escalated(this, ladder.recipient(escalationLevel, teamSupervisor), now));
        }
        if (!changes.isEmpty()) {
            updatedAt = now;
        }
        scheduleNextCheck(rules);
        return changes;
    }

    public boolean overdue(Instant now) {
        return status.open() && slaPausedAt == null && now.isAfter(dueAt);
    }

    /** Resolved no later than due (pauses excluded); false while unresolved. */
    public boolean slaMet() {
        return resolvedAt != null && !resolvedAt.isAfter(dueAt);
    }

    private Change reopen(String reason, Boolean isSatisfied, ConfirmationChannel via, String actor, Instant now,
            TicketRules rules) {
        Lifecycle.check(status, TicketStatus.REOPENED);
        TicketStatus from = status;
        String previousResolution = resolution;
        status = TicketStatus.REOPENED;
        reopenCount++;
        firstContactResolution = false;
        resolution = null;
        resolvedAt = null;
        resolvedBy = null;
        satisfied = isSatisfied;
        confirmedVia = via;
        startClock(now, rules);
        updatedAt = now;
        return TicketChanges.reopened(this, from, blankToNull(reason), previousResolution, actor, now);
    }

    private void respond(Instant now) {
        if (firstRespondedAt == null) {
            firstRespondedAt = now;
        }
    }

    private void stopClock(Instant now) {
        if (slaPausedAt == null) {
            slaPausedAt = now;
        }
        nextSlaCheckAt = null;
    }

    /** The pause ends: its open time moves both due times later. */
    private void startClock(Instant now, TicketRules rules) {
        if (slaPausedAt != null) {
            slaPausedMs += rules.sla().openBetween(type, slaPausedAt, now).toMillis();
            slaPausedAt = null;
        }
        recomputeSla(now, rules);
    }

    /** Due and warning times from the policy; a warning not due yet may be sent again. */
    void recomputeSla(Instant now, TicketRules rules) {
        SlaTimes times = rules.sla().times(type, severity, raisedAt, Duration.ofMillis(slaPausedMs));
        firstResponseDueAt = times.firstResponseDueAt();
        firstResponseWarnAt = times.firstResponseWarnAt();
        dueAt = times.dueAt();
        warnAt = times.warnAt();
        if (warnAt.isAfter(now)) {
            resolutionWarned = false;
        }
        if (firstResponseWarnAt.isAfter(now)) {
            firstResponseWarned = false;
        }
        scheduleNextCheck(rules);
    }

    private void scheduleNextCheck(TicketRules rules) {
        if (status.clockStopped() || slaPausedAt != null) {
            nextSlaCheckAt = null;
            return;
        }
        Instant next = null;
        if (firstRespondedAt == null && !firstResponseWarned) {
            next = firstResponseWarnAt;
        }
        if (!resolutionWarned) {
            next = earlier(next, warnAt);
        }
        if (escalationLevel < rules.escalation().maxLevel()) {
            next = earlier(next, rules.escalation().threshold(dueAt, escalationLevel + 1));
        }
        nextSlaCheckAt = next;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static Instant millis(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
