package io.contactcenter.routing.push;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The last {@code capacity} events of one stream kind, in the order this instance received them, found
 * by id. Not thread-safe: the hub holds its lock around every call.
 */
final class ReplayBuffer {

    private final PushEvent[] ring;
    private final Map<String, Long> sequenceById = new HashMap<>();
    /** Sequence number the next event gets; event {@code s} lives in slot {@code s % capacity}. */
    private long next;

    ReplayBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("replay capacity must be at least 1");
        }
        this.ring = new PushEvent[capacity];
    }

    /**
     * Keeps the event; false when it is kept already: the relay publishes at least once, and a repeat
     * carries the same id, so a repeat still in the ring is not pushed twice.
     */
    boolean add(PushEvent event) {
        if (sequenceById.containsKey(event.id())) {
            return false;
        }
        int slot = (int) (next % ring.length);
        PushEvent evicted = ring[slot];
        if (evicted != null) {
            sequenceById.remove(evicted.id());
        }
        ring[slot] = event;
        sequenceById.put(event.id(), next);
        next++;
        return true;
    }

    /** The kept events after {@code lastEventId} that pass {@code filter}; null id: nothing to replay. */
    Replay after(String lastEventId, Predicate<PushEvent> filter) {
        if (lastEventId == null) {
            return Replay.NONE;
        }
        Long known = sequenceById.get(lastEventId);
        long oldest = Math.max(0, next - ring.length);
        long from = known == null ? oldest : known + 1;
        List<PushEvent> events = new ArrayList<>();
        for (long s = from; s < next; s++) {
            PushEvent e = ring[(int) (s % ring.length)];
            if (filter.test(e)) {
                events.add(e);
            }
        }
        return new Replay(events, known == null);
    }
}
