package io.contactcenter.routing.staffing;

/**
 * Agents needed and to schedule (as {@link StaffingAnswer}), and what that many agents achieve with
 * callers who hang up: the share who abandon, the service level both ways (the headline one as the
 * request counts abandons), the wait of the answered and of every caller.
 */
public record ErlangAAnswer(double trafficErlangs, int agentsNeeded, int agentsToSchedule,
        double probabilityOfWaitingPercent, double abandonedPercent, double serviceLevelPercent,
        double serviceLevelAnsweredOnlyPercent, double serviceLevelWithAbandonsPercent,
        double averageSpeedOfAnswerSeconds, double averageWaitSeconds, double occupancyPercent,
        int serviceLevelTargetPercent, int serviceLevelSeconds, boolean abandonsInServiceLevel) {
}
