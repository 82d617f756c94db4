package io.contactcenter.ticket.ticket;

import static io.contactcenter.ticket.TicketTestSupport.act;
import static io.contactcenter.ticket.TicketTestSupport.body;
import static io.contactcenter.ticket.TicketTestSupport.postTicket;
import static io.contactcenter.ticket.TicketTestSupport.uniqueId;
import static io.contactcenter.ticket.TicketTestSupport.version;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.contactcenter.testing.TestClock;
import io.contactcenter.testing.Tokens;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * What a wallboard lists: the open tickets whose clock runs and whose deadline is near (or past), soonest
 * first. On PostgreSQL, with a controlled clock and a team of the test's own (other tests' tickets are
 * not this team's).
 */
@QuarkusTest
class TicketsDueSoonTest {

    static final Instant T0 = Instant.parse("2032-05-10T02:00:00Z");

    @Test
    void openTicketsWithARunningClockDueWithinTheWindowSoonestFirst() {
        TestClock clock = new TestClock(T0);
        QuarkusMock.installMockForType(clock, Clock.class);
        String team = uniqueId("t-due");
        // Complaints are due 48 h after they are raised, faults 24 h (round the clock).
        String complaint = ticket(team, "COMPLAINT", "Billed twice");
        String fault = ticket(team, "FAULT", "No signal");
        String resolved = ticket(team, "COMPLAINT", "Resolved at once");
        act("agent", resolved, "status", body("version", version(resolved), "status", "RESOLVED", "resolution", "done"))
                .statusCode(200);
        String paused = ticket(team, "COMPLAINT", "Waiting on the customer");
        act("supervisor", paused, "assignment", body("version", version(paused), "assignee", uniqueId("a")))
                .statusCode(200);
        act("agent", paused, "status", body("version", version(paused), "status", "IN_PROGRESS")).statusCode(200);
        act("agent", paused, "status", body("version", version(paused), "status", "WAITING_ON_CUSTOMER", "reason",
                "bill number")).statusCode(200);
        clock.set(T0.plus(Duration.ofHours(10)));
        String later = ticket(team, "COMPLAINT", "Raised later");

        clock.set(T0.plus(Duration.ofHours(30))); // the fault is 6 h overdue, the complaints due in 18 h and 28 h
        search(team, "PT24H").body("total", equalTo(2)).body("items.id", contains(fault, complaint))
                .body("items[0].overdue", equalTo(true)).body("items[1].overdue", equalTo(false));
        search(team, "PT30H").body("total", equalTo(3)).body("items.id", contains(fault, complaint, later));
        search(team, "PT30H", "type", "COMPLAINT").body("items.id", contains(complaint, later));
        search(team, "PT30H", "overdue", "false").body("items.id", contains(complaint, later));
        search(team, "PT30H", "size", "1", "page", "1").body("total", equalTo(3)).body("items.id", contains(complaint));
        search(team, "PT1H", "overdue", "false").body("total", equalTo(0));
    }

    @Test
    void aBadWindowIsA400NamingIt() {
        for (String bad : new String[] { "6h", "PT0S", "-PT1H", "P40D" }) {
            given().header("Authorization", Tokens.bearer("supervisor")).queryParam("dueWithin", bad).get("/tickets")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("dueWithin")).body("detail", containsString("dueWithin"));
        }
    }

    private static String ticket(String team, String type, String subject) {
        return postTicket("agent", body("type", type, "channel", "PHONE", "subject", subject, "owningTeam", team))
                .statusCode(201).extract().path("id");
    }

    private static ValidatableResponse search(String team, String dueWithin, String... more) {
        Map<String, Object> params = body((Object[]) more);
        return given().header("Authorization", Tokens.bearer("supervisor")).queryParam("team", team)
                .queryParam("dueWithin", dueWithin).queryParams(params).get("/tickets").then().statusCode(200);
    }
}
