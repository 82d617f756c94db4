package io.contactcenter.routing.contact;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import io.contactcenter.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** The IVR / PBX integration: hand over a contact, then report what happened to it. */
@Path("/contacts")
public class ContactResource {

    private final ContactService contacts;

    public ContactResource(ContactService contacts) {
        this.contacts = contacts;
    }

    /** Route a new contact: ROUTED (connect to agentId) or QUEUED (play the queue announcement). */
    @POST
    @RolesAllowed(Roles.PBX)
    public Uni<RoutingAnswer> offer(@Valid @NotNull NewContact contact) {
        return contacts.offer(contact);
    }

    @POST
    @Path("/{contactId}/answer")
    @RolesAllowed(Roles.PBX)
    public Uni<ContactView> answer(@PathParam("contactId") String contactId, @Valid @NotNull AnswerContact answer) {
        return contacts.answer(contactId, answer);
    }

    @POST
    @Path("/{contactId}/end")
    @RolesAllowed({ Roles.PBX, Roles.AGENT })
    public Uni<ContactView> end(@PathParam("contactId") String contactId, @Valid @NotNull EndContact end) {
        return contacts.end(contactId, end);
    }

    /** The caller hung up before an agent answered. */
    @POST
    @Path("/{contactId}/abandon")
    @RolesAllowed(Roles.PBX)
    public Uni<ContactView> abandon(@PathParam("contactId") String contactId) {
        return contacts.abandon(contactId);
    }

    /** Redirect on no answer: the agent goes NOT_READY, the contact back to the head of its queue. */
    @POST
    @Path("/{contactId}/no-answer")
    @RolesAllowed(Roles.PBX)
    public Uni<ContactView> noAnswer(@PathParam("contactId") String contactId, @Valid @NotNull AnswerContact offeredTo) {
        return contacts.noAnswer(contactId, offeredTo);
    }

    @POST
    @Path("/{contactId}/transfer")
    @RolesAllowed({ Roles.PBX, Roles.AGENT })
    public Uni<ContactView> transfer(@PathParam("contactId") String contactId,
            @Valid @NotNull TransferContact transfer) {
        return contacts.transfer(contactId, transfer);
    }

    @GET
    @Path("/{contactId}")
    @RolesAllowed({ Roles.PBX, Roles.SUPERVISOR, Roles.ADMIN })
    public Uni<ContactView> find(@PathParam("contactId") String contactId) {
        return contacts.find(contactId);
    }
}
