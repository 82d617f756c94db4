package io.contactcenter.recognition;

import java.time.Duration;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The knobs of the recognition program. */
@ConfigMapping(prefix = "recognition")
public interface RecognitionConfig {

    /** Time zone of the center's calendar: a praise counts for the month and quarter it falls in there. */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();

    /**
     * How long a praise id is remembered to drop redeliveries. Longer than the topic retention
     * (7 days) so no redelivery outlives it, and than a month so a board never counts one twice.
     */
    @WithDefault("35d")
    Duration dedupTtl();

    /**
     * How long an ended contact's id is remembered so a redelivered call.ended counts once as a
     * handled contact. Longer than call-events' retention (7 days); contacts are many, so shorter than
     * {@link #dedupTtl()}.
     */
    @WithDefault("8d")
    Duration contactDedupTtl();

    /** Largest "top" a leaderboard request may ask for (the monthly award needs 50, the quarterly 30). */
    @WithDefault("500")
    int maxTop();

    /** Agents shown on each side of an agent in "around me" when the caller does not say. */
    @WithDefault("5")
    int defaultAround();

    /** Largest "around" a caller may ask for. */
    @WithDefault("50")
    int maxAround();

    /** Most entries of an agent's praise history one request returns. */
    @WithDefault("200")
    int maxHistory();

    Awards awards();

    Close close();

    /** Who is honoured when a period closes. */
    interface Awards {

        /** "Customer Care Star of the Month" (月度维护之星): the month's top agents. */
        @WithDefault("50")
        int monthlyStars();

        /** "Star of the Quarter": the quarter's top agents. */
        @WithDefault("30")
        int quarterlyStars();

        /**
         * Smallest team (agents seen in the period: handling contacts or praised) that can be best team.
         * Praise per agent favours tiny teams; team leaders have 8-12 agents.
         */
        @WithDefault("5")
        int teamMinAgents();
    }

    /** When periods close on their own. */
    interface Close {

        /**
         * How long after a period ends the scheduler closes it, so praise still in flight (a survey
         * answered after the last call of the month) lands on the boards first.
         */
        @WithDefault("2h")
        Duration grace();

        /** How often the scheduler looks for a period to close ({@code off} disables it). */
        @WithDefault("10m")
        String checkEvery();
    }
}
