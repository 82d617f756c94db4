package io.contactcenter.routing.queue;

/** How a queue chooses among its available agents (the ACD strategies operators know). */
public enum AgentSelection {
    /** The agent idle the longest (fairest; the default). */
    LONGEST_IDLE,
    /** The agent with the highest proficiency on the queue's skills, then longest idle. */
    MOST_SKILLED,
    /** The agent offered a contact the longest time ago. */
    ROUND_ROBIN,
    /** The agent who handled the fewest contacts today, then longest idle. */
    FEWEST_CONTACTS,
    /** The agent with the least talk time today, then longest idle. */
    LEAST_TALK_TIME
}
