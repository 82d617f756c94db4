package io.contactcenter.platform.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.contactcenter.platform.problem.ForbiddenProblem;

class CallerTest {

    @Test
    void anAgentTokenActsOnlyForItsOwnAgentId() {
        Caller agent = new Caller("a-1", Set.of(Roles.AGENT));
        assertTrue(agent.isAgent());
        assertTrue(agent.actsFor("a-1"));
        assertFalse(agent.actsFor("a-2"));
        assertDoesNotThrow(() -> agent.requireActsFor("a-1"));
        ForbiddenProblem refused = assertThrows(ForbiddenProblem.class, () -> agent.requireActsFor("a-2", "evaluation 7"));
        assertTrue(refused.getMessage().startsWith("evaluation 7:"), refused.getMessage());
        assertFalse(refused.getMessage().contains("a-2"), "the other agent is not named: " + refused.getMessage());
    }

    @Test
    void pbxSupervisorAndAdminTokensAreBoundToNoAgent() {
        for (String role : Set.of(Roles.PBX, Roles.SUPERVISOR, Roles.ADMIN)) {
            Caller caller = new Caller("someone", Set.of(role));
            assertFalse(caller.isAgent(), role);
            assertTrue(caller.actsFor("a-2"), role);
        }
        // A second role that acts for others lifts the binding: the agent role adds nothing to a supervisor.
        assertTrue(new Caller("lead-1", Set.of(Roles.AGENT, Roles.SUPERVISOR)).actsFor("a-2"));
    }
}
