package io.contactcenter.recognition.praise;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Where a praise came from (event catalog: praise.received {@code source}). */
public enum PraiseSource {
    /** Customer satisfaction survey after a contact. */
    SURVEY,
    /** Letter, email or fax from a customer. */
    LETTER,
    /** Recorded by a supervisor, e.g. praise given during the call. */
    SUPERVISOR,
    /**
     * A value this version does not know yet. The catalog lets producers add enum values and
     * asks consumers to treat unknown ones as "other": the praise still counts.
     */
    OTHER;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static PraiseSource of(String value) {
        for (PraiseSource s : values()) {
            if (s.name().equals(value)) {
                return s;
            }
        }
        return OTHER;
    }
}
