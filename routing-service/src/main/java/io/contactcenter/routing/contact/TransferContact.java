package io.contactcenter.routing.contact;

import jakarta.validation.constraints.Size;

/** Transfer to a queue (it waits there like a new contact) or straight to an available agent. */
public record TransferContact(@Size(max = 64) String queueId, @Size(max = 64) String agentId) {
}
