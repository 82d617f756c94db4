package io.contactcenter.ticket.assignment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A team that owns tickets: its supervisor receives the rectification notices. Members: {@link TeamMember}. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    public String id;

    @Column(nullable = false)
    public String supervisor;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
