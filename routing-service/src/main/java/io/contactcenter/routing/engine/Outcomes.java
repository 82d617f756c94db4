package io.contactcenter.routing.engine;

import io.contactcenter.platform.problem.ConflictProblem;
import io.contactcenter.platform.problem.ForbiddenProblem;
import io.contactcenter.platform.problem.NotFoundProblem;
import io.contactcenter.platform.problem.ServiceUnavailableProblem;

/** Maps the scripts' refusal words to the REST problems callers see. */
public final class Outcomes {

    /** Seconds a caller is asked to wait when the event backlog is full (the relay is catching up). */
    static final int BACKLOG_RETRY_AFTER_SECONDS = 5;

    private Outcomes() {
    }

    public static Decision require(Decision d, String what, String id) {
        if (d.is("UNKNOWN")) {
            throw new NotFoundProblem(what, id);
        }
        if (d.is("FORBIDDEN")) {
            throw new ForbiddenProblem(what + " " + id + ": the token of agent '" + d.agentId()
                    + "' acts only for that agent's contacts");
        }
        if (d.is("CONFLICT")) {
            throw new ConflictProblem(what + " '" + id + "' is " + d.state()
                    + (d.agentId() != null && !d.agentId().isEmpty() ? " (" + d.agentId() + ")" : "")
                    + ": the request does not apply now");
        }
        return d;
    }

    /** The script refused before deciding anything: its events could not be kept. */
    static Decision decided(Decision d) {
        if (d.is("BACKLOG_FULL")) {
            throw new ServiceUnavailableProblem("event-backlog",
                    "routing events are not reaching Kafka and the backlog is full; nothing was changed",
                    BACKLOG_RETRY_AFTER_SECONDS);
        }
        return d;
    }
}
