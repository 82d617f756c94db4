package io.contactcenter.platform.problem;

/** A field that passed Bean Validation but breaks a domain rule; rendered as a 400 naming it. */
public class InvalidFieldProblem extends RuntimeException {
    private final String field;

    public InvalidFieldProblem(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
