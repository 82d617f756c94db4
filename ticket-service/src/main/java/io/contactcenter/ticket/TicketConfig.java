package io.contactcenter.ticket;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.contactcenter.ticket.model.Severity;
import io.contactcenter.ticket.model.TicketType;
import io.contactcenter.ticket.sla.CalendarKind;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * What ticket handling can be tuned with. Defaults follow the center's commitments:
 * complaints resolved within 48 hours, every email answered within 24 hours.
 * Durations read like {@code 48h}, {@code 7d} or ISO-8601 {@code PT48H}.
 */
@ConfigMapping(prefix = "ticket")
public interface TicketConfig {

    Sla sla();

    Calendar calendar();

    Escalation escalation();

    Assignment assignment();

    /**
     * Commitments per type ({@code ticket.sla.<type>.first-response|resolution|calendar}), at MEDIUM
     * severity; {@code ticket.sla.severity-factor.<severity>} scales both targets.
     */
    interface Sla {
        /** Share of a target after which an SLA warning goes out: 0.8 = when 80% of the time is used. */
        @WithDefault("0.8")
        double warningShare();

        /** "Complaints resolved within 48 hours", round the clock. */
        Complaint complaint();

        /** Fault reports: fixed within a day, round the clock. */
        Fault fault();

        /** Service requests (callbacks included): three days. */
        Request request();

        /** Suggestions: answered within five business days (45 open hours of 09:00-18:00). */
        Suggestion suggestion();

        /** Inquiries that need a follow-up: three days. */
        InquiryFollowUp inquiryFollowUp();

        SeverityFactor severityFactor();

        interface Complaint {
            /** "Every email answered within 24 hours": the first reply to any ticket. */
            @WithDefault("24h")
            Duration firstResponse();

            @WithDefault("48h")
            Duration resolution();

            @WithDefault("ROUND_THE_CLOCK")
            CalendarKind calendar();
        }

        interface Fault {
            @WithDefault("24h")
            Duration firstResponse();

            @WithDefault("24h")
            Duration resolution();

            @WithDefault("ROUND_THE_CLOCK")
            CalendarKind calendar();
        }

        interface Request {
            @WithDefault("24h")
            Duration firstResponse();

            @WithDefault("72h")
            Duration resolution();

            @WithDefault("ROUND_THE_CLOCK")
            CalendarKind calendar();
        }

        interface Suggestion {
            /** Three business days of 9 hours. */
            @WithDefault("27h")
            Duration firstResponse();

            /** Five business days of 9 hours. */
            @WithDefault("45h")
            Duration resolution();

            @WithDefault("BUSINESS_HOURS")
            CalendarKind calendar();
        }

        interface InquiryFollowUp {
            @WithDefault("24h")
            Duration firstResponse();

            @WithDefault("72h")
            Duration resolution();

            @WithDefault("ROUND_THE_CLOCK")
            CalendarKind calendar();
        }

        /** Multiplies both targets: urgent tickets get less time; LOW never more than the commitment. */
        interface SeverityFactor {
            @WithDefault("1.0")
            double low();

            @WithDefault("1.0")
            double medium();

            /** VIP callers' tickets are HIGH: half the time (VIP callers get priority service). */
            @WithDefault("0.5")
            double high();

            @WithDefault("0.25")
            double critical();
        }
    }

    /** The business-hours calendar, and the holidays both calendars may observe. */
    interface Calendar {
        /** The center's local time: business hours and holidays are in this zone. */
        @WithDefault("Asia/Shanghai")
        String timeZone();

        @WithDefault("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY")
        Set<DayOfWeek> businessDays();

        @WithDefault("09:00")
        LocalTime opens();

        @WithDefault("18:00")
        LocalTime closes();

        /** Days the business-hours calendar is closed, e.g. {@code 2026-10-01,2026-10-02}. None by default. */
        Optional<Set<LocalDate>> holidays();

        /** Whether the round-the-clock calendar stops on holidays too (a 24x7 center usually does not). */
        @WithDefault("false")
        boolean roundTheClockObservesHolidays();
    }

    interface Escalation {
        /** How often the scheduler looks for tickets near or past their due time; {@code off} disables it. */
        @WithDefault("30s")
        String interval();

        /** Most tickets handled per run; the rest wait for the next run. */
        @WithDefault("200")
        int batchSize();

        /** Past due by this much more, a ticket goes one level higher. */
        @WithDefault("24h")
        Duration levelInterval();

        /**
         * Level 1 (the rectification notice) goes to the owning team's supervisor; levels 2, 3 ... go to
         * these people in order (the centre's rule: "escalated to the manager in charge").
         */
        @WithDefault("center-manager")
        List<String> aboveSupervisor();

        /** Supervisor for tickets whose team is not registered (PUT /teams/{id}) or has none. */
        @WithDefault("duty-supervisor")
        String defaultSupervisor();
    }

    /** Dispatch: the first matching rule picks the team; within it the least-loaded member gets the ticket. */
    interface Assignment {
        /** Team for tickets no rule matches and nobody's team owns (letters, web forms). */
        @WithDefault("customer-care")
        String defaultTeam();

        /** Dispatch on registration; false leaves new tickets NEW until a supervisor assigns them. */
        @WithDefault("true")
        boolean onCreate();

        /** {@code ticket.assignment.rules[i].type|category|min-severity|team}; absent fields match anything. */
        Optional<List<Rule>> rules();

        interface Rule {
            Optional<TicketType> type();

            Optional<String> category();

            /** Matches tickets at least this severe. */
            @WithName("min-severity")
            Optional<Severity> minSeverity();

            String team();
        }
    }
}
