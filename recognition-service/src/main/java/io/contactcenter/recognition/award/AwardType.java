package io.contactcenter.recognition.award;

import io.contactcenter.recognition.period.Period;

/** What a period close grants. */
public enum AwardType {
    /** 月度维护之星: one of the month's top agents (50 by default). */
    STAR_OF_THE_MONTH,
    /** One of the quarter's top agents (30 by default); includes the honour dinner with senior management. */
    STAR_OF_THE_QUARTER,
    /** 优秀团队: the month's team with the most praise per agent. */
    TEAM_OF_THE_MONTH,
    /** The quarter's team with the most praise per agent. */
    TEAM_OF_THE_QUARTER;

    public static AwardType star(Period.Kind kind) {
        return kind == Period.Kind.MONTH ? STAR_OF_THE_MONTH : STAR_OF_THE_QUARTER;
    }

    public static AwardType team(Period.Kind kind) {
        return kind == Period.Kind.MONTH ? TEAM_OF_THE_MONTH : TEAM_OF_THE_QUARTER;
    }
}
