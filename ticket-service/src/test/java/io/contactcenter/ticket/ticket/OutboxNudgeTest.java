package io.contactcenter.ticket.ticket;

import static io.contactcenter.ticket.TicketTestSupport.postTicket;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A committed change's event is relayed when it is recorded, not at the next poll: with the poll an hour
 * apart, the ticket's event is still published within seconds.
 */
@QuarkusTest
@TestProfile(OutboxNudgeTest.HourlyPoll.class)
class OutboxNudgeTest {

    public static class HourlyPoll implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("outbox.poll-interval", "1h");
        }
    }

    /** The relay's first poll runs this long after start-up (OutboxRelay's delay), then an hour later. */
    private static final Duration PAST_FIRST_POLL = Duration.ofSeconds(3);

    @Inject
    AgroalDataSource db;

    @Test
    void anEventIsRelayedWithoutWaitingForThePoll() throws Exception {
        Thread.sleep(PAST_FIRST_POLL.toMillis());
        String id = postTicket("agent", Map.of("type", "COMPLAINT", "channel", "WEB", "subject", "Relayed at once"))
                .statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(10)).until(() -> unpublished(id) == 0);
    }

    private long unpublished(String ticketId) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from outbox_event where entity_id = ? and published_at is null")) {
            s.setString(1, ticketId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
