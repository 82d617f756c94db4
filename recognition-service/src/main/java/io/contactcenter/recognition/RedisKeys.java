package io.contactcenter.recognition;

import java.time.YearMonth;

import io.contactcenter.recognition.period.Period;
import io.contactcenter.recognition.period.Periods;
import io.contactcenter.recognition.period.Quarter;

/**
 * Every Redis key of the service, in one place (prefix {@code rec:}). Boards are sorted sets of
 * agent ids scored by {@code leaderboard.TieScore}; they are kept (no expiry) as the record of
 * past months and quarters. Ids come last in a key, after a fixed-format part, so no two ids can
 * produce the same key.
 */
public final class RedisKeys {

    private RedisKeys() {
    }

    /** Marks a praise id as counted, for the dedup TTL. */
    public static String seen(String praiseId) {
        return "rec:seen:" + praiseId;
    }

    /** Marks an ended contact as counted (handled contacts of the praise rate), for the contact dedup TTL. */
    public static String contactSeen(String contactId) {
        return "rec:contact:" + contactId;
    }

    /** Hash: an agent's points per month ({@code yyyy-MM} -> count). */
    public static String agent(String agentId) {
        return "rec:agent:" + agentId;
    }

    /** Sorted set: an agent's praise, newest last (score = occurredAt in epoch milliseconds, member = JSON). */
    public static String history(String agentId) {
        return "rec:history:" + agentId;
    }

    /** Number of praises counted in a month, center-wide. */
    public static String monthTotal(YearMonth month) {
        return "rec:total:month:" + Periods.format(month);
    }

    /** The month's board; center-wide when {@code teamId} is null. */
    public static String monthBoard(YearMonth month, String teamId) {
        return scoped("rec:board:month:" + Periods.format(month), teamId);
    }

    /** The quarter's board; center-wide when {@code teamId} is null. */
    public static String quarterBoard(Quarter quarter, String teamId) {
        return scoped("rec:board:quarter:" + quarter, teamId);
    }

    public static String board(Period period, String teamId) {
        return period.kind() == Period.Kind.MONTH ? monthBoard(period.firstMonth(), teamId)
                : quarterBoard(period.quarter(), teamId);
    }

    /** Set once the period is closed (value: close time, epoch ms): its boards no longer change. */
    public static String closed(Period period) {
        return "rec:closed:" + period.id();
    }

    /** Hash: agent id -> the team it last worked (or was praised) for in the period. */
    public static String agentTeams(Period period) {
        return "rec:agent-team:" + period.id();
    }

    /** Set: the agents a team had in the period (handled a contact or was praised): the team's size. */
    public static String teamAgents(Period period, String teamId) {
        return "rec:team-agents:" + period.id() + ":" + teamId;
    }

    /** Hash: team id -> praise counted on the period's boards for that team. */
    public static String teamPraise(Period period) {
        return "rec:team-praise:" + period.id();
    }

    /**
     * Hashes of a month's praise rate: fields {@code praise:<id>} and {@code contacts:<id>}, per agent and
     * per team; the center's hash has the fields {@code praise} and {@code contacts}.
     */
    public static String rateAgents(YearMonth month) {
        return "rec:rate:" + Periods.format(month) + ":agents";
    }

    public static String rateTeams(YearMonth month) {
        return "rec:rate:" + Periods.format(month) + ":teams";
    }

    public static String rateCenter(YearMonth month) {
        return "rec:rate:" + Periods.format(month) + ":center";
    }

    private static String scoped(String board, String teamId) {
        return teamId == null ? board : board + ":team:" + teamId;
    }
}
