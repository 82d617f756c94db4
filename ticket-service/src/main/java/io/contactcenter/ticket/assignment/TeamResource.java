package io.contactcenter.ticket.assignment;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.contactcenter.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** Teams that own tickets: who supervises them and who takes their tickets. */
@Tag(name = "Teams", description = "Teams that own tickets: who supervises them and who takes their tickets.")
@Path("/teams")
public class TeamResource {

    private final TeamDirectory teams;

    public TeamResource(TeamDirectory teams) {
        this.teams = teams;
    }

    /** Creates or replaces a team (supervisor and full member list). */
    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Create or replace a team", description = "Its supervisor and full member list.")
    @APIResponse(responseCode = "200", description = "The team",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid")
    public Uni<TeamView> define(@PathParam("id") String id, @Valid @NotNull TeamDefinition definition) {
        return teams.define(id.trim(), definition);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Read a team", description = "Supervisor and members.")
    @APIResponse(responseCode = "200", description = "The team",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamView.class)))
    @APIResponse(responseCode = "404", description = "No team with this id")
    public Uni<TeamView> find(@PathParam("id") String id) {
        return teams.find(id);
    }

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Every team", description = "Supervisors and members.")
    @APIResponse(responseCode = "200", description = "The teams")
    public Uni<List<TeamView>> all() {
        return teams.all();
    }
}
