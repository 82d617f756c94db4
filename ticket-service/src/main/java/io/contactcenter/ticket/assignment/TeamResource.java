package io.contactcenter.ticket.assignment;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import io.contactcenter.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** Teams that own tickets: who supervises them and who takes their tickets. */
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
    public Uni<TeamView> define(@PathParam("id") String id, @Valid @NotNull TeamDefinition definition) {
        return teams.define(id.trim(), definition);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    public Uni<TeamView> find(@PathParam("id") String id) {
        return teams.find(id);
    }

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    public Uni<List<TeamView>> all() {
        return teams.all();
    }
}
