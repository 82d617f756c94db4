package io.contactcenter.routing.agent;

public enum AgentState {
    LOGGED_OUT, AVAILABLE, NOT_READY, RESERVED, BUSY, WRAP_UP
}
