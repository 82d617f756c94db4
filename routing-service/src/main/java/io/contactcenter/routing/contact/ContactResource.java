package io.contactcenter.routing.contact;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.contactcenter.platform.problem.InvalidFieldProblem;
import io.contactcenter.platform.security.Caller;
import io.contactcenter.platform.security.Roles;
import io.contactcenter.routing.push.api.StreamPaths;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The IVR / PBX integration: hand over a contact, then report what happened to it. */
@Path("/contacts")
@Tag(name = "Contacts", description = "The PBX / IVR hands contacts over and reports what happens to them. "
        + "Every report is idempotent: after a 503, a timeout or a lost answer, send it again.")
// Every operation runs a script in Redis (the problem body is added by platform-support's ProblemResponsesFilter).
@APIResponse(responseCode = "503", description = "Nothing was changed, retry after `Retry-After` seconds on any "
        + "instance: Redis is unreachable or loading (`redis`), the service is saturated, or the event backlog "
        + "is full because Kafka has been unreachable for long (`event-backlog`)")
public class ContactResource {

    static final String CONTACT_ID = "The contact id the PBX gave in `POST /contacts`";
    static final String UNKNOWN_CONTACT = "No contact with this id (never offered, or ended longer ago than the retention)";
    static final String WRONG_STATE = "The report does not fit the contact's state now (e.g. `answer` after "
            + "`abandon`, or by another agent than the one offered): final, do not retry";

    static final String NOT_ITS_CONTACT = "an `agent` token reports on a contact that is not assigned to its agent";

    private final ContactService contacts;
    private final SecurityIdentity identity;

    public ContactResource(ContactService contacts, SecurityIdentity identity) {
        this.contacts = contacts;
        this.identity = identity;
    }

    /** Route a new contact: ROUTED (connect to agentId) or QUEUED (play the queue announcement). */
    @POST
    @RolesAllowed(Roles.PBX)
    @Operation(summary = "Hand a new contact to routing",
            description = "The routing table picks the queue from `language` and `intent` unless `queueId` names one. "
                    + "`ROUTED`: connect the caller to `agentId` (the agent is reserved). `QUEUED`: play the queue "
                    + "announcement with `position` (1 = next) and `estimatedWaitSeconds`. Posting a known `contactId` "
                    + "again changes nothing and answers `DUPLICATE` with its current state and agent.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewContact.class), examples = {
            @ExampleObject(name = "voice call from the IVR", value = """
                    {"contactId": "pbx-20261124-000123", "channel": "VOICE", "callerNumber": "+85291234567",
                     "customerId": "C-1001", "customerTier": "VIP", "intent": "TRANSACTION", "language": "yue"}"""),
            @ExampleObject(name = "straight to a named queue", value = """
                    {"contactId": "pbx-20261124-000124", "channel": "VOICE", "queueId": "complaints"}""") }))
    @APIResponse(responseCode = "200", description = "Routed, queued, or the known contact as it is (DUPLICATE)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoutingAnswer.class), examples = {
                    @ExampleObject(name = "ROUTED", value = """
                            {"contactId": "pbx-20261124-000123", "outcome": "ROUTED", "state": "ROUTED",
                             "queueId": "billing", "agentId": "a-017", "teamId": "team-2"}"""),
                    @ExampleObject(name = "QUEUED", value = """
                            {"contactId": "pbx-20261124-000123", "outcome": "QUEUED", "state": "QUEUED",
                             "queueId": "billing", "position": 3, "estimatedWaitSeconds": 42.5}""") }))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid (`contactId` may not be `assignments`, "
            + "the path of the PBX's assignment stream), or `queueId` names no queue")
    public Uni<RoutingAnswer> offer(@Valid @NotNull NewContact contact) {
        if (StreamPaths.RESERVED_CONTACT_ID.equals(contact.contactId())) {
            throw new InvalidFieldProblem("contactId", "'" + StreamPaths.RESERVED_CONTACT_ID
                    + "' is reserved: GET /contacts/assignments is the assignment stream");
        }
        return contacts.offer(contact);
    }

    @POST
    @Path("/{contactId}/answer")
    @RolesAllowed(Roles.PBX)
    @Operation(summary = "The offered agent answered",
            description = "The PBX connected the contact to the agent it was offered to (`ROUTED` → `ANSWERED`). "
                    + "Repeating it answers the contact as it is.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnswerContact.class),
            examples = @ExampleObject(name = "answered", value = """
                    {"agentId": "a-017"}""")))
    @APIResponse(responseCode = "200", description = "The contact, now `ANSWERED`",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class),
                    examples = @ExampleObject(name = "ANSWERED", value = """
                            {"contactId": "pbx-20261124-000123", "state": "ANSWERED", "queueId": "billing",
                             "agentId": "a-017", "teamId": "team-2", "channel": "VOICE", "customerTier": "VIP",
                             "intent": "TRANSACTION"}""")))
    @APIResponse(responseCode = "400", description = "`agentId` is missing")
    @APIResponse(responseCode = "404", description = UNKNOWN_CONTACT)
    @APIResponse(responseCode = "409", description = WRONG_STATE)
    public Uni<ContactView> answer(@Parameter(description = CONTACT_ID) @PathParam("contactId") String contactId,
            @Valid @NotNull AnswerContact answer) {
        return contacts.answer(contactId, answer);
    }

    @POST
    @Path("/{contactId}/end")
    @RolesAllowed({ Roles.PBX, Roles.AGENT })
    @Operation(summary = "The conversation is over",
            description = "With the agent's disposition and the talk and hold time the PBX measured. Voice: the "
                    + "agent goes to after-call work (`WRAP_UP`); other channels free the agent's capacity. "
                    + "`COMPLAINT`, `FAULT` and `REQUEST` open a ticket downstream. Repeating it answers the contact as it is. "
                    + "An `agent` token ends only a contact assigned to its own agent.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EndContact.class),
            examples = @ExampleObject(name = "resolved", value = """
                    {"disposition": "RESOLVED", "talkSeconds": 184.0, "holdSeconds": 12.5}""")))
    @APIResponse(responseCode = "200", description = "The contact, now `ENDED`",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class),
                    examples = @ExampleObject(name = "ENDED", value = """
                            {"contactId": "pbx-20261124-000123", "state": "ENDED", "queueId": "billing",
                             "agentId": "a-017", "teamId": "team-2", "channel": "VOICE", "customerTier": "VIP",
                             "intent": "TRANSACTION", "disposition": "RESOLVED"}""")))
    @APIResponse(responseCode = "400", description = "`disposition` or `talkSeconds` missing, or a negative time")
    @APIResponse(responseCode = "403", description = NOT_ITS_CONTACT)
    @APIResponse(responseCode = "404", description = UNKNOWN_CONTACT)
    @APIResponse(responseCode = "409", description = WRONG_STATE)
    public Uni<ContactView> end(@Parameter(description = CONTACT_ID) @PathParam("contactId") String contactId,
            @Valid @NotNull EndContact end) {
        return contacts.end(contactId, end, actingAgent());
    }

    /** The caller hung up before an agent answered. */
    @POST
    @Path("/{contactId}/abandon")
    @RolesAllowed(Roles.PBX)
    @Operation(summary = "The caller hung up before an agent answered",
            description = "From `QUEUED` or `ROUTED` (the reserved agent is freed). Repeating it answers the contact as it is.")
    @APIResponse(responseCode = "200", description = "The contact, now `ABANDONED`",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "404", description = UNKNOWN_CONTACT)
    @APIResponse(responseCode = "409", description = WRONG_STATE)
    public Uni<ContactView> abandon(@Parameter(description = CONTACT_ID) @PathParam("contactId") String contactId) {
        return contacts.abandon(contactId);
    }

    /** Redirect on no answer: the agent goes NOT_READY, the contact back to the head of its queue. */
    @POST
    @Path("/{contactId}/no-answer")
    @RolesAllowed(Roles.PBX)
    @Operation(summary = "The offered agent did not pick up",
            description = "Redirect on no answer: the agent goes `NOT_READY`, the contact back to the head of its "
                    + "queue (and straight to another agent if one can take it).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnswerContact.class)),
            description = "The agent the contact was offered to")
    @APIResponse(responseCode = "200", description = "The contact, queued again or offered to another agent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "400", description = "`agentId` is missing")
    @APIResponse(responseCode = "404", description = UNKNOWN_CONTACT)
    @APIResponse(responseCode = "409", description = WRONG_STATE)
    public Uni<ContactView> noAnswer(@Parameter(description = CONTACT_ID) @PathParam("contactId") String contactId,
            @Valid @NotNull AnswerContact offeredTo) {
        return contacts.noAnswer(contactId, offeredTo);
    }

    @POST
    @Path("/{contactId}/transfer")
    @RolesAllowed({ Roles.PBX, Roles.AGENT })
    @Operation(summary = "Transfer an answered contact to a queue or an agent",
            description = "Exactly one of `queueId` (it waits there like a new contact) or `agentId` (an available "
                    + "agent). The first agent goes to after-call work (voice) or has its capacity back. An `agent` token "
                    + "transfers only a contact assigned to its own agent.")
    @APIResponse(responseCode = "200", description = "The contact after the transfer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "400", description = "Neither or both of `queueId` and `agentId`, or an unknown queue or agent")
    @APIResponse(responseCode = "403", description = NOT_ITS_CONTACT)
    @APIResponse(responseCode = "404", description = UNKNOWN_CONTACT)
    @APIResponse(responseCode = "409", description = WRONG_STATE)
    public Uni<ContactView> transfer(@Parameter(description = CONTACT_ID) @PathParam("contactId") String contactId,
            @Valid @NotNull TransferContact transfer) {
        return contacts.transfer(contactId, transfer, actingAgent());
    }

    @GET
    @Path("/{contactId}")
    @RolesAllowed({ Roles.PBX, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Read a contact", description = "Its state, queue, agent, and disposition once ended.")
    @APIResponse(responseCode = "200", description = "The contact",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "404", description = UNKNOWN_CONTACT)
    public Uni<ContactView> find(@Parameter(description = CONTACT_ID) @PathParam("contactId") String contactId) {
        return contacts.find(contactId);
    }

    /**
     * An agent token reports only on a contact assigned to its own agent, the PBX on any: the script checks
     * it in the same step as the report, so no transfer can slip in between.
     */
    private String actingAgent() {
        Caller caller = Caller.of(identity);
        return caller.isAgent() ? caller.id() : null;
    }
}
