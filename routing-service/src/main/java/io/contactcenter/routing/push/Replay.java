package io.contactcenter.routing.push;

import java.util.List;

/**
 * What a reconnecting client missed: the kept events after its Last-Event-ID, or, when that id is no
 * longer kept ({@code lost}), every kept event of its stream.
 */
public record Replay(List<PushEvent> events, boolean lost) {

    public static final Replay NONE = new Replay(List.of(), false);
}
