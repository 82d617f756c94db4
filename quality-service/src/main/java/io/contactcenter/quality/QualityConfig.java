package io.contactcenter.quality;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Everything the QA group can tune. Defaults follow the center's practice (pass mark 80
 * on the default scorecard, new agents in their first 3 months); the documents give no sampling
 * numbers, so the quotas are this service's own defaults.
 */
@ConfigMapping(prefix = "quality")
public interface QualityConfig {

    /** Defines calendar weeks (weekly quotas) and the days and periods of reports. */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();

    /** How often the backlog gauges (open tasks, pending disputes) are read from the database. */
    @WithDefault("30s")
    Duration metricsRefresh();

    Sampling sampling();

    Evaluation evaluation();

    Surveys surveys();

    Calibration calibration();

    Reports reports();

    /** Which ended calls the QA group listens to. */
    interface Sampling {
        /** Routine calls picked per agent per calendar week (Monday to Sunday, {@code time-zone}), first come first. */
        @WithDefault("5")
        @Min(0)
        int weeklyQuota();

        /** The routine quota of an agent in the first {@code new-agent-period} after the hire date ("fresh" stage). */
        @WithDefault("10")
        @Min(0)
        int newAgentWeeklyQuota();

        /** How long an agent counts as new after the hire date registered with PUT /qa/agents/{id}. */
        @WithDefault("P3M")
        Period newAgentPeriod();

        /** A survey with this satisfaction or less (1..5) puts its call in front of the QA group. */
        @WithDefault("2")
        @Min(1)
        @Max(5)
        int lowSurveyAtMost();

        /** Extra spot checks: share (0..100) of the calls left after the quota, drawn by a hash of the contact id. */
        @WithDefault("0")
        @Min(0)
        @Max(100)
        int randomPercent();
    }

    interface Evaluation {
        /** Scorecard used when an evaluator names none (seeded by the migrations: five dimensions, pass mark 80). */
        @WithDefault("default")
        @NotBlank
        String defaultScorecard();

        /** How long after completion the agent may still dispute an evaluation. */
        @WithDefault("7d")
        Duration disputeWindow();
    }

    interface Surveys {
        /** A survey counts as satisfied (CSAT) at this satisfaction or more (1..5). */
        @WithDefault("4")
        @Min(1)
        @Max(5)
        int satisfiedAtLeast();

        /** How far in the future a survey's answeredAt may be (the IVR's clock may run ahead). */
        @WithDefault("5m")
        Duration maxClockSkew();
    }

    interface Calibration {
        /** An evaluator whose score is within this many points of the reference is calibrated. */
        @WithDefault("5")
        @Positive
        double tolerance();
    }

    interface Reports {
        /** How many of the worst-scored items a report lists (what to train). */
        @WithDefault("5")
        @Min(1)
        int worstItems();

        /** Longest report range in days: one request must not scan years of evaluations. */
        @WithDefault("400")
        @Min(1)
        int maxDays();
    }
}
