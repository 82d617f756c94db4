package io.contactcenter.routing.wallboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.contactcenter.platform.security.Roles;
import io.contactcenter.routing.RoutingConfig;

/**
 * What the wallboard page (static, under /wallboard/) reads once it has a token: where the other services
 * are and how much of them to show. Its queue figures come from the figures stream.
 */
@Path("/wallboard/settings")
@Tag(name = "Wallboard")
public class WallboardSettingsResource {

    /**
     * {@code ticketUrl}/{@code recognitionUrl} null: the page uses its own host on the launcher's ports;
     * {@code complaintsDueWithin} an ISO-8601 duration, as the ticket search takes it.
     */
    public record WallboardSettings(String ticketUrl, String recognitionUrl, String complaintsDueWithin,
            int complaintsShown, int topPraised, String timeZone) {
    }

    private final WallboardSettings settings;

    public WallboardSettingsResource(RoutingConfig config) {
        RoutingConfig.Wallboard w = config.wallboard();
        this.settings = new WallboardSettings(w.ticketUrl().orElse(null), w.recognitionUrl().orElse(null),
                w.complaintsDueWithin().toString(), w.complaintsShown(), w.topPraised(), config.timeZone().getId());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "The wallboard page's settings",
            description = "Base URLs of ticket-service and recognition-service as the browser reaches them (null: the "
                    + "page's host on ports 8082 and 8084), the complaints' deadline window and list length, the "
                    + "praise ranking's length, and the centre's time zone (which month the ranking is).")
    @APIResponse(responseCode = "200", description = "The settings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WallboardSettings.class)))
    public WallboardSettings settings() {
        return settings;
    }
}
