package io.contactcenter.ticket.ticket;

import io.contactcenter.ticket.TicketRules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.contactcenter.platform.problem.ConflictProblem;
import io.contactcenter.platform.problem.InvalidFieldProblem;
import io.contactcenter.ticket.TestRules;
import io.contactcenter.ticket.sla.EscalationPolicy;
import io.contactcenter.ticket.model.AssignMode;
import io.contactcenter.ticket.model.ConfirmationChannel;
import io.contactcenter.ticket.model.ContactDirection;
import io.contactcenter.ticket.model.Severity;
import io.contactcenter.ticket.model.SlaClock;
import io.contactcenter.ticket.model.TicketChannel;
import io.contactcenter.ticket.model.TicketStatus;
import io.contactcenter.ticket.model.TicketType;
import io.contactcenter.ticket.ticket.event.TicketClosed;
import io.contactcenter.ticket.ticket.event.TicketEscalated;
import io.contactcenter.ticket.ticket.event.TicketReopened;
import io.contactcenter.ticket.ticket.event.TicketSlaWarning;
import io.contactcenter.ticket.ticket.event.TicketStatusChanged;

/** The lifecycle, the closed loop and the SLA clock on the entity itself; no Quarkus, no database. */
class TicketLifecycleTest {

    static final TicketRules RULES = TestRules.rules();
    static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");

    static Ticket complaint(String sourceContactId) {
        Registration r = Registration.of(TicketType.COMPLAINT, TicketChannel.PHONE, "Billed twice").category("billing")
                .customerId("cust-1").sourceContactId(sourceContactId).recordedBy("a-1").recorderTeam("t-1")
                .raisedAt(T0).firstRespondedAt(T0).build();
        return Ticket.register(UUID.randomUUID(), r, "customer-care", T0, RULES);
    }

    static Instant at(Duration after) {
        return T0.plus(after);
    }

    static Change move(Ticket t, TicketStatus to, Duration after) {
        return t.changeStatus(to, null, to == TicketStatus.RESOLVED ? "Refunded" : null, null, "a-2", at(after),
                RULES);
    }

    @Test
    void happyPathThroughEveryMainStatus() {
        Ticket t = complaint(null);
        assertEquals(TicketStatus.NEW, t.status);
        assertEquals(T0.plus(Duration.ofHours(48)), t.dueAt);
        assertEquals("CREATED", t.created().action());

        Change assigned = t.assign("customer-care", "a-2", AssignMode.AUTO, "ticket-service", at(Duration.ofMinutes(1)));
        assertEquals(TicketStatus.ASSIGNED, t.status);
        assertEquals("contactcenter.ticket.assigned", assigned.eventType());
        move(t, TicketStatus.IN_PROGRESS, Duration.ofHours(1));
        move(t, TicketStatus.WAITING_ON_CUSTOMER, Duration.ofHours(2));
        move(t, TicketStatus.IN_PROGRESS, Duration.ofHours(5));
        Change resolved = move(t, TicketStatus.RESOLVED, Duration.ofHours(6));
        assertEquals(TicketStatus.RESOLVED, t.status);
        assertEquals("Refunded", ((TicketStatusChanged) resolved.event()).resolution());
        assertFalse(t.firstContactResolution);

        Change closed = t.confirm(true, ConfirmationChannel.FOLLOW_UP_CALL, "all good", "a-2", at(Duration.ofHours(30)),
                RULES);
        assertEquals(TicketStatus.CLOSED, t.status);
        TicketClosed event = (TicketClosed) closed.event();
        assertTrue(event.slaMet());
        assertEquals(6 * 3600.0, event.resolutionSeconds());
        assertEquals(Boolean.TRUE, t.satisfied);
    }

    @ParameterizedTest(name = "{0} -> {1} is refused")
    @CsvSource({ "NEW, IN_PROGRESS", "NEW, WAITING_ON_CUSTOMER", "NEW, REOPENED", "ASSIGNED, WAITING_ON_CUSTOMER",
            "ASSIGNED, REOPENED", "IN_PROGRESS, IN_PROGRESS", "RESOLVED, IN_PROGRESS", "RESOLVED, WAITING_ON_CUSTOMER",
            "CLOSED, IN_PROGRESS", "CLOSED, REOPENED", "CLOSED, RESOLVED", "NEW, CLOSED", "IN_PROGRESS, CLOSED",
            "RESOLVED, CLOSED", "IN_PROGRESS, NEW", "IN_PROGRESS, ASSIGNED" })
    void illegalTransitionsAreRefusedAndChangeNothing(TicketStatus from, TicketStatus to) {
        Ticket t = complaint(null);
        t.status = from;
        t.assignee = "a-2";
        if (from == TicketStatus.RESOLVED || from == TicketStatus.CLOSED) {
            t.resolvedAt = T0;
        }
        Instant due = t.dueAt;
        ConflictProblem refused = assertThrows(ConflictProblem.class,
                () -> t.changeStatus(to, null, "x", null, "a-2", at(Duration.ofHours(1)), RULES));
        assertEquals(from, t.status);
        assertEquals(due, t.dueAt);
        assertNotNull(refused.getMessage());
    }

    @Test
    void theRefusalSaysWhatIsPossible() {
        Ticket t = complaint(null);
        ConflictProblem refused = assertThrows(ConflictProblem.class,
                () -> t.changeStatus(TicketStatus.IN_PROGRESS, null, null, null, "a", T0, RULES));
        assertTrue(refused.getMessage().contains("NEW → IN_PROGRESS"), refused.getMessage());
        assertTrue(refused.getMessage().contains("ASSIGNED"), refused.getMessage());
        ConflictProblem closing = assertThrows(ConflictProblem.class,
                () -> t.changeStatus(TicketStatus.CLOSED, null, null, null, "a", T0, RULES));
        assertTrue(closing.getMessage().contains("confirmation"), closing.getMessage());
    }

    @Test
    void workNeedsAnAssigneeAndResolvingNeedsASummary() {
        Ticket t = complaint(null);
        t.status = TicketStatus.REOPENED;
        assertThrows(ConflictProblem.class,
                () -> t.changeStatus(TicketStatus.IN_PROGRESS, null, null, null, "a", T0, RULES));
        InvalidFieldProblem blank = assertThrows(InvalidFieldProblem.class,
                () -> t.changeStatus(TicketStatus.RESOLVED, null, "  ", null, "a", T0, RULES));
        assertEquals("resolution", blank.field());
        assertEquals(TicketStatus.REOPENED, t.status);
    }

    @Test
    void resolvedOnTheOpeningCallIsAFirstContactResolutionUntilReopened() {
        Ticket onCall = complaint("c-1");
        onCall.changeStatus(TicketStatus.RESOLVED, null, "Explained the tariff", "c-1", "a-1", at(Duration.ofMinutes(3)),
                RULES);
        assertTrue(onCall.firstContactResolution);

        Ticket later = complaint("c-2");
        later.changeStatus(TicketStatus.RESOLVED, null, "Called back", "c-99", "a-1", at(Duration.ofHours(3)), RULES);
        assertFalse(later.firstContactResolution, "resolved on another contact");

        Change reopened = onCall.confirm(false, ConfirmationChannel.SURVEY, "still wrong", "a-1",
                at(Duration.ofHours(20)), RULES);
        assertEquals(TicketStatus.REOPENED, onCall.status);
        assertFalse(onCall.firstContactResolution);
        assertNull(onCall.resolvedAt);
        TicketReopened event = (TicketReopened) reopened.event();
        assertEquals(Boolean.FALSE, event.satisfied());
        assertEquals(1, event.reopenCount());
        assertEquals(ConfirmationChannel.SURVEY, event.confirmedVia());

        // Resolved again on the opening call's id: a reopened ticket is never a first-contact resolution.
        onCall.changeStatus(TicketStatus.RESOLVED, null, "Refunded", "c-1", "a-1", at(Duration.ofHours(21)), RULES);
        assertFalse(onCall.firstContactResolution);
    }

    @Test
    void onlyResolvedTicketsAwaitConfirmationAndClosedIsFinal() {
        Ticket t = complaint(null);
        assertThrows(ConflictProblem.class,
                () -> t.confirm(true, ConfirmationChannel.SURVEY, null, "a", at(Duration.ofHours(1)), RULES));
        move(t, TicketStatus.RESOLVED, Duration.ofHours(1));
        t.confirm(true, ConfirmationChannel.SURVEY, null, "a", at(Duration.ofHours(2)), RULES);
        assertThrows(ConflictProblem.class,
                () -> t.confirm(false, ConfirmationChannel.SURVEY, null, "a", at(Duration.ofHours(3)), RULES));
        assertThrows(ConflictProblem.class,
                () -> t.assign("customer-care", "a-3", AssignMode.MANUAL, "s", at(Duration.ofHours(3))));
        assertThrows(ConflictProblem.class,
                () -> t.reclassify(null, Severity.HIGH, null, "s", at(Duration.ofHours(3)), RULES));
    }

    @Test
    void waitingOnTheCustomerPausesTheClockAndResumingMovesTheDueTime() {
        Ticket t = complaint(null);
        t.assign("customer-care", "a-2", AssignMode.AUTO, "x", T0);
        move(t, TicketStatus.IN_PROGRESS, Duration.ofHours(1));
        move(t, TicketStatus.WAITING_ON_CUSTOMER, Duration.ofHours(10));
        assertNotNull(t.slaPausedAt);
        assertNull(t.nextSlaCheckAt, "nothing to escalate while the clock stands still");
        assertFalse(t.overdue(at(Duration.ofHours(60))), "not overdue while waiting");

        move(t, TicketStatus.IN_PROGRESS, Duration.ofHours(60));
        assertEquals(T0.plus(Duration.ofHours(98)), t.dueAt, "48 h + 50 h waited");
        assertFalse(t.overdue(at(Duration.ofHours(97))));
        assertTrue(t.overdue(at(Duration.ofHours(99))));
    }

    @Test
    void resolvedTimeDoesNotCountWhenTheCustomerReopens() {
        Ticket t = complaint(null);
        move(t, TicketStatus.RESOLVED, Duration.ofHours(40));
        Change reopened = t.changeStatus(TicketStatus.REOPENED, "customer called again", null, null, "a",
                at(Duration.ofHours(100)), RULES);
        assertEquals(T0.plus(Duration.ofHours(108)), t.dueAt, "8 h were left at resolution");
        assertEquals(t.dueAt, ((TicketReopened) reopened.event()).dueAt());
        assertEquals(1, t.reopenCount);
    }

    @Test
    void reclassifyingRecomputesTheDueTimes() {
        Ticket t = complaint(null);
        Change change = t.reclassify(null, Severity.CRITICAL, "outage", "sup", at(Duration.ofMinutes(5)), RULES);
        assertEquals(T0.plus(Duration.ofHours(12)), t.dueAt);
        assertEquals(T0.plus(Duration.ofHours(6)), t.firstResponseDueAt);
        assertEquals("outage", t.category);
        assertEquals("RECLASSIFIED", change.action());
        assertNull(t.reclassify(TicketType.COMPLAINT, Severity.CRITICAL, "outage", "sup", T0, RULES),
                "no change, no history");
    }

    @Test
    void escalationWarnsAtEightyPercentThenClimbsTheLadder() {
        Registration email = Registration.of(TicketType.COMPLAINT, TicketChannel.EMAIL, "No reply")
                .customerEmail("x@example.com").recordedBy("a-1").raisedAt(T0).build();
        Ticket t = Ticket.register(UUID.randomUUID(), email, "customer-care", T0, RULES);
        assertEquals(T0.plus(Duration.ofMinutes(1152)), t.nextSlaCheckAt, "80% of the 24 h first reply");

        assertTrue(t.checkSla(at(Duration.ofHours(10)), RULES, "sup-care").isEmpty());
        List<Change> firstReply = t.checkSla(at(Duration.ofHours(20)), RULES, "sup-care");
        assertEquals(1, firstReply.size());
        assertEquals(SlaClock.FIRST_RESPONSE, ((TicketSlaWarning) firstReply.get(0).event()).target());
        assertTrue(t.checkSla(at(Duration.ofHours(21)), RULES, "sup-care").isEmpty(), "warned once");

        t.customerContact(ContactDirection.OUTBOUND, TicketChannel.EMAIL, null, "a-1", at(Duration.ofHours(22)), RULES);
        assertEquals(at(Duration.ofHours(22)), t.firstRespondedAt);

        List<Change> resolution = t.checkSla(at(Duration.ofMinutes(2304)), RULES, "sup-care");
        assertEquals(SlaClock.RESOLUTION, ((TicketSlaWarning) resolution.get(0).event()).target());

        List<Change> level1 = t.checkSla(at(Duration.ofHours(48)), RULES, "sup-care");
        TicketEscalated notice = (TicketEscalated) level1.get(0).event();
        assertEquals(1, notice.level());
        assertEquals("sup-care", notice.escalatedTo());
        assertEquals(EscalationPolicy.Role.SUPERVISOR, notice.role());
        assertEquals(at(Duration.ofHours(72)), t.nextSlaCheckAt);

        List<Change> level2 = t.checkSla(at(Duration.ofHours(73)), RULES, "sup-care");
        TicketEscalated manager = (TicketEscalated) level2.get(0).event();
        assertEquals(2, manager.level());
        assertEquals("center-manager", manager.escalatedTo());
        assertEquals(25 * 3600.0, manager.overdueSeconds());
        assertNull(t.nextSlaCheckAt, "top of the ladder");
        assertTrue(t.checkSla(at(Duration.ofHours(500)), RULES, "sup-care").isEmpty());
    }

    @Test
    void aRunThatMissedSeveralThresholdsCatchesUpInOrder() {
        Ticket t = complaint(null);
        List<Change> changes = t.checkSla(at(Duration.ofHours(80)), RULES, null);
        assertEquals(List.of("ESCALATED", "ESCALATED"), changes.stream().map(Change::action).toList(),
                "past due already: no warning, both levels");
        assertEquals("duty-supervisor", ((TicketEscalated) changes.get(0).event()).escalatedTo());
        assertEquals(2, t.escalationLevel);
    }

    @Test
    void assignmentRules() {
        Ticket t = complaint(null);
        assertNull(t.assign("customer-care", null, AssignMode.AUTO, "x", T0), "same team, nobody: no change");
        t.assign("customer-care", "a-2", AssignMode.AUTO, "x", T0);
        move(t, TicketStatus.IN_PROGRESS, Duration.ofHours(1));
        t.assign("customer-care", "a-3", AssignMode.MANUAL, "sup", at(Duration.ofHours(2)));
        assertEquals(TicketStatus.ASSIGNED, t.status, "the new assignee has not started");
        assertThrows(ConflictProblem.class, () -> t.assign("empty-team", null, AssignMode.MANUAL, "sup", T0),
                "an assigned ticket cannot go back to a queue nobody works");
        move(t, TicketStatus.IN_PROGRESS, Duration.ofHours(3));
        move(t, TicketStatus.WAITING_ON_CUSTOMER, Duration.ofHours(4));
        t.assign("customer-care", "a-4", AssignMode.MANUAL, "sup", at(Duration.ofHours(5)));
        assertEquals(TicketStatus.WAITING_ON_CUSTOMER, t.status, "still waiting on the customer");
    }
}
