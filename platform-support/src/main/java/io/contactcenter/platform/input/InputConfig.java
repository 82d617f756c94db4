package io.contactcenter.platform.input;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits every request's path and query values must keep before any resource sees them; checked by
 * {@link InputFilter}. Control characters are always refused there (PostgreSQL cannot store NUL, and no
 * id, date or number of ours contains one).
 */
@ConfigMapping(prefix = "input")
public interface InputConfig {

    /** Longest path parameter: path parameters are ids, months, periods, versions; ids are at most 64 everywhere. */
    @WithDefault("64")
    int pathParamMaxLength();

    /** Longest query value: ids, dates, numbers, states, and customer searches (an e-mail has at most 254). */
    @WithDefault("256")
    int queryParamMaxLength();
}
