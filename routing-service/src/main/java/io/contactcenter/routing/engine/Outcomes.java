package io.contactcenter.routing.engine;

import io.contactcenter.platform.problem.ConflictProblem;
import io.contactcenter.platform.problem.NotFoundProblem;

/** Maps the scripts' refusal words to the REST problems callers see. */
public final class Outcomes {

    private Outcomes() {
    }

    public static ScriptResult require(ScriptResult result, String what, String id) {
        if (result.is("UNKNOWN")) {
            throw new NotFoundProblem(what, id);
        }
        if (result.is("CONFLICT")) {
            throw new ConflictProblem(what + " '" + id + "' is " + result.get(1)
                    + (result.get(2) != null ? " (" + result.get(2) + ")" : "") + ": the request does not apply now");
        }
        return result;
    }
}
