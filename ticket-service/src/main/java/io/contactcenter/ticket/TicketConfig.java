package io.contactcenter.ticket;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What ticket handling can be tuned with; defaults follow the center's commitments (DOMAIN.md). */
@ConfigMapping(prefix = "ticket")
public interface TicketConfig {

    /** Time to resolve, per ticket type, counted from when the issue was raised. */
    Sla sla();

    /**
     * Round-the-clock (24x7) targets in this slice; business-hours calendars come later.
     * Properties: {@code ticket.sla.complaint}, {@code .fault}, {@code .request}, {@code .suggestion},
     * {@code .inquiry-follow-up}; values like {@code 48h}, {@code 7d} or ISO-8601 {@code PT48H}.
     */
    interface Sla {
        /** "Complaints resolved within 48 hours." */
        @WithDefault("48h")
        Duration complaint();

        /** Fault reports: a day. */
        @WithDefault("24h")
        Duration fault();

        /** Service requests: three days. */
        @WithDefault("72h")
        Duration request();

        /** Suggestions: an answer within a week. */
        @WithDefault("7d")
        Duration suggestion();

        /** Inquiries that need a follow-up call: three days. */
        @WithDefault("72h")
        Duration inquiryFollowUp();
    }
}
