package io.contactcenter.ticket.analytics;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import io.contactcenter.platform.security.Roles;
import io.contactcenter.ticket.ticket.TicketFilter;
import io.smallrye.mutiny.Uni;

/** Period analytics of the tickets; its own resource so the ticket package does not depend on analytics. */
@Path("/tickets/analytics")
@RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
public class AnalyticsResource {

    private final AnalyticsService analytics;

    public AnalyticsResource(AnalyticsService analytics) {
        this.analytics = analytics;
    }

    /**
     * One period [from, to) (ISO-8601 instants), of the center or of one {@code team}: counts by type,
     * category and status, overdue now, median and p90 resolution time, SLA and first-response
     * compliance, first-contact resolution rate.
     */
    @GET
    public Uni<TicketAnalytics> analytics(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("team") String team) {
        return Uni.createFrom().item(() -> new Instant[] { TicketFilter.instant("from", from),
                TicketFilter.instant("to", to) }).chain(period -> analytics.period(period[0], period[1],
                        team == null || team.isBlank() ? null : team.trim()));
    }
}
