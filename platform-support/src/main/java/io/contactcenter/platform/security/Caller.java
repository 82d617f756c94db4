package io.contactcenter.platform.security;

import java.util.Set;

import io.contactcenter.platform.problem.ForbiddenProblem;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who sent the request: the bearer token's principal name and its roles. The name is smallrye-jwt's
 * ({@code upn}, else {@code preferred_username}, else {@code sub}); the platform's tokens carry the
 * same value in {@code sub} and {@code upn}, and an agent's is its agent id.
 *
 * <p>A token whose only role is {@link Roles#AGENT} acts for its own agent id alone; {@code pbx},
 * {@code supervisor} and {@code admin} tokens are not bound to an agent (which operations each role
 * may call at all is the resources' {@code @RolesAllowed}).
 */
public record Caller(String id, Set<String> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public static Caller of(SecurityIdentity identity) {
        return new Caller(identity.getPrincipal().getName(), identity.getRoles());
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** An agent's own token: bound to its agent id, since no other role lets it act for others. */
    public boolean isAgent() {
        return has(Roles.AGENT) && !has(Roles.PBX) && !has(Roles.SUPERVISOR) && !has(Roles.ADMIN);
    }

    /** Whether this caller may act for (or read about) the agent {@code agentId}. */
    public boolean actsFor(String agentId) {
        return !isAgent() || id.equals(agentId);
    }

    /** A 403 problem unless {@link #actsFor(String)}. */
    public void requireActsFor(String agentId) {
        requireActsFor(agentId, "agent '" + agentId + "'");
    }

    /** The same, naming what was asked for: {@code what} is e.g. "evaluation 42" (not the other agent's id). */
    public void requireActsFor(String agentId, String what) {
        if (!actsFor(agentId)) {
            throw new ForbiddenProblem(what + ": the token of agent '" + id + "' acts only for that agent");
        }
    }
}
