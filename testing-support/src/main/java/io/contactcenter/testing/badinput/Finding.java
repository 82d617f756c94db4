package io.contactcenter.testing.badinput;

/** An answer that broke the rules, with enough to reproduce it. */
public record Finding(String operation, String kind, String probe, int status, String complaint, String answer) {

    @Override
    public String toString() {
        return operation + " [" + kind + ": " + probe + "] -> " + status + ": " + complaint
                + (answer.isEmpty() ? "" : " | " + answer);
    }
}
