package io.contactcenter.routing.staffing;

/**
 * Agents needed on the phones for the target, agents to schedule once shrinkage (breaks,
 * training, absence) is allowed for, and what that number of agents achieves.
 */
public record StaffingAnswer(double trafficErlangs, int agentsNeeded, int agentsToSchedule,
        double probabilityOfWaitingPercent, double serviceLevelPercent, double averageSpeedOfAnswerSeconds,
        double occupancyPercent, int serviceLevelTargetPercent, int serviceLevelSeconds) {
}
