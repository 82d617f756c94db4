package io.contactcenter.ticket.analytics;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.contactcenter.platform.security.Roles;
import io.contactcenter.ticket.ticket.TicketFilter;
import io.smallrye.mutiny.Uni;

/** Period analytics of the tickets; its own resource so the ticket package does not depend on analytics. */
@Tag(name = "Ticket analytics", description = "Period analytics for supervisors.")
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
    @Operation(summary = "One period's ticket figures",
            description = "For [from, to) (ISO-8601 instants), of the center or of one `team`: counts by type, category and "
                    + "status, overdue now, median and p90 resolution time, SLA and first-response compliance, "
                    + "first-contact resolution rate.")
    @APIResponse(responseCode = "200", description = "The period's figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketAnalytics.class)))
    @APIResponse(responseCode = "400", description = "`from` or `to` missing or not an ISO-8601 instant, or `to` not after `from`")
    public Uni<TicketAnalytics> analytics(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("team") String team) {
        return Uni.createFrom().item(() -> new Instant[] { TicketFilter.instant("from", from),
                TicketFilter.instant("to", to) }).chain(period -> analytics.period(period[0], period[1],
                        team == null || team.isBlank() ? null : team.trim()));
    }
}
