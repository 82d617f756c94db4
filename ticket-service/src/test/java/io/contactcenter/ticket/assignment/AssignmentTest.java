package io.contactcenter.ticket.assignment;

import static io.contactcenter.ticket.TicketTestSupport.act;
import static io.contactcenter.ticket.TicketTestSupport.body;
import static io.contactcenter.ticket.TicketTestSupport.defineTeam;
import static io.contactcenter.ticket.TicketTestSupport.postTicket;
import static io.contactcenter.ticket.TicketTestSupport.uniqueId;
import static io.contactcenter.ticket.TicketTestSupport.version;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.contactcenter.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Dispatch rules pick the team, the least-loaded member gets the ticket; supervisors reassign. */
@QuarkusTest
class AssignmentTest {

    @Test
    void leastLoadedMemberGetsEachNewTicket() {
        String a = uniqueId("a");
        String b = uniqueId("b");
        defineTeam("lab", "sup-lab", List.of(b, a)).statusCode(200).body("supervisor", equalTo("sup-lab"));
        String first = labTicket("one");
        String second = labTicket("two");
        String third = labTicket("three");
        List<String> assignees = List.of(first, second, third).stream().map(AssignmentTest::assignee).toList();
        // Ties go to the smaller id; then whoever holds fewer open tickets.
        String smaller = a.compareTo(b) < 0 ? a : b;
        String larger = smaller.equals(a) ? b : a;
        assertEquals(List.of(smaller, larger, smaller), assignees);

        // Resolving frees capacity: the next one goes to whoever now holds fewer.
        act("agent", first, "status", body("version", version(first), "status", "RESOLVED", "resolution", "done"))
                .statusCode(200);
        assertEquals(smaller, assignee(labTicket("four")));
        given().header("Authorization", Tokens.bearer("agent")).get("/teams/lab").then().statusCode(200)
                .body("members.find { it.agentId == '" + smaller + "' }.openTickets", equalTo(2))
                .body("members.find { it.agentId == '" + larger + "' }.openTickets", equalTo(1));
    }

    @Test
    void supervisorsReassignToAPersonOrATeam() {
        String a = uniqueId("a");
        String b = uniqueId("b");
        defineTeam("lab", "sup-lab", List.of(a)).statusCode(200);
        String id = labTicket("reassign me");
        act("agent", id, "status", body("version", version(id), "status", "IN_PROGRESS")).statusCode(200);

        defineTeam("lab", "sup-lab", List.of(a, b)).statusCode(200);
        act("supervisor", id, "assignment", body("version", version(id), "assignee", b)).statusCode(200)
                .body("assignee", equalTo(b)).body("status", equalTo("ASSIGNED"));
        act("supervisor", id, "assignment", body("version", version(id), "assignee", "stranger")).statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("assignee"));

        // To another team: its least-loaded member; to a team nobody registered: that person directly.
        String other = uniqueId("team");
        String c = uniqueId("c");
        defineTeam(other, "sup-other", List.of(c)).statusCode(200);
        act("supervisor", id, "assignment", body("version", version(id), "team", other)).statusCode(200)
                .body("owningTeam", equalTo(other)).body("assignee", equalTo(c));
        act("admin", id, "assignment", body("version", version(id), "team", "t-unregistered", "assignee", "a-free"))
                .statusCode(200).body("owningTeam", equalTo("t-unregistered")).body("assignee", equalTo("a-free"));

        List<String> modes = given().header("Authorization", Tokens.bearer("agent")).get("/tickets/{id}/history", id)
                .then().statusCode(200).extract().jsonPath().getList("history.findAll { it.action == 'ASSIGNED' }.change");
        assertEquals(4, modes.size(), modes.toString());
        assertEquals(true, modes.get(0).startsWith("AUTO"), modes.get(0));
        assertEquals(true, modes.get(1).startsWith("MANUAL"), modes.get(1));
    }

    @Test
    void ticketsOfATeamNobodyRegisteredWaitInItsQueue() {
        // Complaints go to customer-care (rule); no members registered there in tests: NEW, team only.
        postTicket("agent", Map.of("type", "COMPLAINT", "channel", "LETTER", "subject", "Lost parcel"))
                .statusCode(201).body("status", equalTo("NEW")).body("owningTeam", equalTo("customer-care"))
                .body("assignee", nullValue());
    }

    @Test
    void teamsAreValidatedAndListed() {
        given().header("Authorization", Tokens.bearer("supervisor")).contentType(ContentType.JSON)
                .body(Map.of("supervisor", " ", "members", List.of("a"))).put("/teams/x").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("supervisor"));
        given().header("Authorization", Tokens.bearer("supervisor")).contentType(ContentType.JSON)
                .body(Map.of("supervisor", "s")).put("/teams/x").then().statusCode(400)
                .body("violations[0].field", equalTo("members"));
        given().header("Authorization", Tokens.bearer("agent")).contentType(ContentType.JSON)
                .body(Map.of("supervisor", "s", "members", List.of())).put("/teams/x").then().statusCode(403);
        given().header("Authorization", Tokens.bearer("agent")).get("/teams/{id}", uniqueId("nobody")).then()
                .statusCode(404).contentType("application/problem+json");
        defineTeam("lab", "sup-lab", List.of(uniqueId("a"))).statusCode(200);
        given().header("Authorization", Tokens.bearer("agent")).get("/teams").then().statusCode(200)
                .body("id", hasItem("lab"));
    }

    private static String labTicket(String subject) {
        return postTicket("agent", Map.of("type", "REQUEST", "channel", "WEB", "category", "lab", "subject", subject))
                .statusCode(201).body("owningTeam", equalTo("lab")).body("status", equalTo("ASSIGNED"))
                .extract().path("id");
    }

    private static String assignee(String ticketId) {
        return given().header("Authorization", Tokens.bearer("agent")).get("/tickets/{id}", ticketId).then()
                .statusCode(200).extract().path("assignee");
    }
}
