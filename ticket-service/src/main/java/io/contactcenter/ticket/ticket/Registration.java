package io.contactcenter.ticket.ticket;

import java.time.Instant;
import java.util.Objects;

import io.contactcenter.ticket.model.Severity;
import io.contactcenter.ticket.model.TicketChannel;
import io.contactcenter.ticket.model.TicketType;

/**
 * What it takes to register a ticket, whatever the intake (call, callback request, email, web, letter),
 * built by name: {@code Registration.of(type, channel, subject).recordedBy(..).raisedAt(..)...build()}.
 * {@code raisedAt}: when the customer raised the issue; both commitments run from there.
 * {@code owningTeam}: a team named by whoever registered it (dispatch rules do not override it);
 * {@code recorderTeam}: the recorder's own team, used when no rule matches.
 * {@code firstRespondedAt}: set when the customer already spoke to a person (a call), else null.
 */
public final class Registration {

    private final Builder b;

    private Registration(Builder b) {
        this.b = b;
    }

    /** Severity MEDIUM unless set; {@link Builder#recordedBy} and {@link Builder#raisedAt} are required. */
    public static Builder of(TicketType type, TicketChannel channel, String subject) {
        return new Builder(type, channel, subject);
    }

    public TicketType type() {
        return b.type;
    }

    public TicketChannel channel() {
        return b.channel;
    }

    public Severity severity() {
        return b.severity;
    }

    public String subject() {
        return b.subject;
    }

    public String description() {
        return b.description;
    }

    public String category() {
        return b.category;
    }

    public String customerId() {
        return b.customerId;
    }

    public String customerName() {
        return b.customerName;
    }

    public String customerPhone() {
        return b.customerPhone;
    }

    public String customerEmail() {
        return b.customerEmail;
    }

    public String customerCompany() {
        return b.customerCompany;
    }

    public String sourceContactId() {
        return b.sourceContactId;
    }

    public String recordedBy() {
        return b.recordedBy;
    }

    public String owningTeam() {
        return b.owningTeam;
    }

    public String recorderTeam() {
        return b.recorderTeam;
    }

    public Instant raisedAt() {
        return b.raisedAt;
    }

    public Instant firstRespondedAt() {
        return b.firstRespondedAt;
    }

    /** Each setter names its field; {@link #build()} copies, so a builder can be reused. */
    public static final class Builder {
        private final TicketType type;
        private final TicketChannel channel;
        private final String subject;
        private Severity severity = Severity.MEDIUM;
        private String description;
        private String category;
        private String customerId;
        private String customerName;
        private String customerPhone;
        private String customerEmail;
        private String customerCompany;
        private String sourceContactId;
        private String recordedBy;
        private String owningTeam;
        private String recorderTeam;
        private Instant raisedAt;
        private Instant firstRespondedAt;

        private Builder(TicketType type, TicketChannel channel, String subject) {
            this.type = Objects.requireNonNull(type, "type");
            this.channel = Objects.requireNonNull(channel, "channel");
            this.subject = Objects.requireNonNull(subject, "subject");
        }

        private Builder(Builder other) {
            this(other.type, other.channel, other.subject);
            severity = other.severity;
            description = other.description;
            category = other.category;
            customerId = other.customerId;
            customerName = other.customerName;
            customerPhone = other.customerPhone;
            customerEmail = other.customerEmail;
            customerCompany = other.customerCompany;
            sourceContactId = other.sourceContactId;
            recordedBy = other.recordedBy;
            owningTeam = other.owningTeam;
            recorderTeam = other.recorderTeam;
            raisedAt = other.raisedAt;
            firstRespondedAt = other.firstRespondedAt;
        }

        public Builder severity(Severity value) {
            severity = Objects.requireNonNull(value, "severity");
            return this;
        }

        public Builder description(String value) {
            description = value;
            return this;
        }

        public Builder category(String value) {
            category = value;
            return this;
        }

        public Builder customerId(String value) {
            customerId = value;
            return this;
        }

        public Builder customerName(String value) {
            customerName = value;
            return this;
        }

        public Builder customerPhone(String value) {
            customerPhone = value;
            return this;
        }

        public Builder customerEmail(String value) {
            customerEmail = value;
            return this;
        }

        public Builder customerCompany(String value) {
            customerCompany = value;
            return this;
        }

        public Builder sourceContactId(String value) {
            sourceContactId = value;
            return this;
        }

        public Builder recordedBy(String value) {
            recordedBy = value;
            return this;
        }

        public Builder owningTeam(String value) {
            owningTeam = value;
            return this;
        }

        public Builder recorderTeam(String value) {
            recorderTeam = value;
            return this;
        }

        public Builder raisedAt(Instant value) {
            raisedAt = value;
            return this;
        }

        public Builder firstRespondedAt(Instant value) {
            firstRespondedAt = value;
            return this;
        }

        public Registration build() {
            Objects.requireNonNull(recordedBy, "recordedBy");
            Objects.requireNonNull(raisedAt, "raisedAt");
            return new Registration(new Builder(this));
        }
    }
}
