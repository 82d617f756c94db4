package io.contactcenter.ticket.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.contactcenter.ticket.model.Severity;
import io.contactcenter.ticket.model.TicketType;


/** Dispatch by type, category and severity; least load within the team. No Quarkus. */
class AssignmentRulesTest {

    final AssignmentRules rules = new AssignmentRules(List.of(
            new AssignmentRules.Rule(TicketType.FAULT, null, Severity.HIGH, "network-experts"),
            new AssignmentRules.Rule(null, "billing", null, "billing-desk"),
            new AssignmentRules.Rule(TicketType.COMPLAINT, null, null, "customer-care")), "front-office");

    @Test
    void firstMatchingRuleWins() {
        assertEquals("network-experts", rules.teamFor(TicketType.FAULT, "billing", Severity.CRITICAL, "t-07"));
        assertEquals("billing-desk", rules.teamFor(TicketType.FAULT, "Billing ", Severity.MEDIUM, "t-07"));
        assertEquals("billing-desk", rules.teamFor(TicketType.COMPLAINT, "billing", Severity.LOW, null));
        assertEquals("customer-care", rules.teamFor(TicketType.COMPLAINT, null, Severity.LOW, "t-07"));
    }

    @Test
    void otherwiseTheRecordersTeamThenTheDefault() {
        assertEquals("t-07", rules.teamFor(TicketType.FAULT, null, Severity.MEDIUM, "t-07"));
        assertEquals("front-office", rules.teamFor(TicketType.REQUEST, "callback", Severity.HIGH, null));
        assertEquals("front-office", rules.teamFor(TicketType.REQUEST, null, Severity.HIGH, " "));
    }

    @Test
    void leastLoadedMemberTiesGoToTheSmallestId() {
        Map<String, Long> loads = new LinkedHashMap<>();
        loads.put("a-3", 2L);
        loads.put("a-2", 1L);
        loads.put("a-1", 1L);
        assertEquals("a-1", AssignmentRules.leastLoaded(loads).orElseThrow());
        loads.put("a-0", 0L);
        assertEquals("a-0", AssignmentRules.leastLoaded(loads).orElseThrow());
        assertTrue(AssignmentRules.leastLoaded(Map.of()).isEmpty());
    }

    @Test
    void rulesNeedATeam() {
        assertThrows(IllegalArgumentException.class, () -> new AssignmentRules.Rule(null, null, null, " "));
        assertThrows(IllegalArgumentException.class, () -> new AssignmentRules(List.of(), null));
    }
}
