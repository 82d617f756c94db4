package io.contactcenter.routing.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the IVR knows when it hands a contact over. {@code queueId} null: the routing table picks. */
public record NewContact(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[\\w.:-]+", message = "letters, digits and . _ : - only") String contactId,
        @NotNull Channel channel,
        @Size(max = 32) String callerNumber,
        @Size(max = 64) String customerId,
        CustomerTier customerTier,
        Intent intent,
        @Size(max = 16) String language,
        @Size(max = 64) String queueId,
        Direction direction) {
}
