package io.contactcenter.ticket.ticket;

import static io.contactcenter.ticket.TicketTestSupport.postTicket;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.contactcenter.ticket.model.Severity;
import io.contactcenter.ticket.model.TicketType;
import io.contactcenter.ticket.sla.CalendarKind;
import io.contactcenter.ticket.sla.SlaPolicy;
import io.contactcenter.ticket.sla.SlaTarget;
import io.quarkus.test.junit.QuarkusTest;

/** The outbox rows behind ticket.created end up published, and the SLA defaults are the documented ones. */
@QuarkusTest
class OutboxPublishingTest {

    @Inject
    AgroalDataSource db;
    @Inject
    SlaPolicy sla;

    @Test
    void everyOutboxRowIsPublishedOnceTheBrokerAcks() throws SQLException {
        String id = postTicket("agent", Map.of("type", "COMPLAINT", "channel", "WEB", "subject", "Wrong bill"))
                .statusCode(201).extract().path("id");

        assertEquals(1, count("select count(*) from outbox_event where entity_id = ? and type = ?", id,
                "contactcenter.ticket.created"), "the event was written with the ticket");
        awaitZero("select count(*) from outbox_event where entity_id = ? and published_at is null", id);
        awaitZero("select count(*) from outbox_event where published_at is null");
        assertEquals(1, count("select count(*) from ticket_history where ticket_id = ?::uuid", id),
                "creation is the first history line");
    }

    @Test
    void slaDefaultsAreTheDocumentedOnes() {
        assertEquals(new SlaTarget(Duration.ofHours(24), Duration.ofHours(48), CalendarKind.ROUND_THE_CLOCK),
                sla.target(TicketType.COMPLAINT), "complaints resolved within 48 h; every email answered within 24 h");
        assertEquals(new SlaTarget(Duration.ofHours(24), Duration.ofHours(24), CalendarKind.ROUND_THE_CLOCK),
                sla.target(TicketType.FAULT));
        assertEquals(new SlaTarget(Duration.ofHours(24), Duration.ofHours(72), CalendarKind.ROUND_THE_CLOCK),
                sla.target(TicketType.REQUEST));
        assertEquals(new SlaTarget(Duration.ofHours(27), Duration.ofHours(45), CalendarKind.BUSINESS_HOURS),
                sla.target(TicketType.SUGGESTION));
        assertEquals(new SlaTarget(Duration.ofHours(24), Duration.ofHours(72), CalendarKind.ROUND_THE_CLOCK),
                sla.target(TicketType.INQUIRY_FOLLOW_UP));
        assertEquals(Duration.ofHours(12), sla.resolutionTarget(TicketType.COMPLAINT, Severity.CRITICAL));
        assertEquals(0.8, sla.warningShare());
    }

    private void awaitZero(String sql, String... params) {
        await(sql).atMost(Duration.ofSeconds(15)).until(() -> count(sql, params) == 0);
    }

    private long count(String sql, String... params) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
