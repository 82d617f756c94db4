package io.contactcenter.ticket.assignment;

import java.util.List;

/** A team with each member's open tickets: the load that least-loaded assignment balances. */
public record TeamView(String id, String supervisor, List<Member> members) {

    public record Member(String agentId, long openTickets) {
    }
}
