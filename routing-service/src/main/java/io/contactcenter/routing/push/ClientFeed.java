package io.contactcenter.routing.push;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One connected client: a bounded queue of messages, delivered as fast as the client takes them (the
 * HTTP layer asks for the next message when the previous one is written) and never faster.
 *
 * <p>Slow clients must not slow the others: {@link #offer} never waits. A client with {@code capacity}
 * messages waiting is dropped: what waits is discarded, a last {@code dropped} message is queued and the
 * stream completes after it. Completing (rather than resetting the connection) lets a client that is
 * merely slow learn why; one that reads nothing holds at most the message being written.
 *
 * <p>Offers may come from several threads (the event feed, the figures timer); delivery runs on the
 * client's own executor (its connection's event loop), one run at a time (a work-in-progress counter),
 * without locks held while the subscriber is called. So the feed thread only queues: writing to 500
 * connections is spread over the event loops instead of done one after the other by one thread.
 */
public final class ClientFeed implements Flow.Publisher<PushMessage> {

    static final String DROPPED = "dropped";

    private final StreamKind kind;
    private final int capacity;
    private final Consumer<ClientFeed> onDrop;
    private final Consumer<ClientFeed> onClose;
    private final Consumer<PushMessage> onDelivered;
    private final Executor delivery;
    private final ArrayDeque<PushMessage> waiting = new ArrayDeque<>();
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger work = new AtomicInteger();
    private volatile Flow.Subscriber<? super PushMessage> subscriber;
    /** No more offers: the queue is delivered, then the stream completes. */
    private boolean finishing;
    private volatile boolean closed;

    ClientFeed(StreamKind kind, int capacity, Consumer<ClientFeed> onDrop, Consumer<ClientFeed> onClose,
            Consumer<PushMessage> onDelivered, Executor delivery) {
        this.kind = kind;
        this.delivery = delivery;
        this.capacity = capacity;
        this.onDrop = onDrop;
        this.onClose = onClose;
        this.onDelivered = onDelivered;
    }

    public StreamKind kind() {
        return kind;
    }

    /** Queues the message for the client; false if the client is gone or was dropped by this offer. */
    public boolean offer(PushMessage message) {
        boolean dropped;
        synchronized (this) {
            if (closed || finishing) {
                return false;
            }
            dropped = waiting.size() >= capacity;
            if (dropped) {
                waiting.clear();
                waiting.add(PushMessage.control(DROPPED, "{\"reason\":\"the client fell " + capacity
                        + " messages behind; reconnect with Last-Event-ID\"}"));
                finishing = true;
            } else {
                waiting.add(message);
            }
        }
        if (dropped) {
            onDrop.accept(this);
        }
        drain();
        return !dropped;
    }

    /** Messages waiting for the client (for tests and diagnostics). */
    public synchronized int waiting() {
        return waiting.size();
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super PushMessage> s) {
        if (subscriber != null) {
            s.onSubscribe(new Flow.Subscription() {
                @Override
                public void request(long n) {
                }

                @Override
                public void cancel() {
                }
            });
            s.onError(new IllegalStateException("a client feed has one subscriber"));
            return;
        }
        subscriber = s;
        s.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
                if (n <= 0) {
                    close();
                    s.onError(new IllegalArgumentException("request must be positive"));
                    return;
                }
                demand.accumulateAndGet(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
                drain();
            }

            @Override
            public void cancel() {
                close();
            }
        });
        drain();
    }

    private synchronized PushMessage next() {
        return waiting.poll();
    }

    private synchronized boolean finished() {
        return finishing && waiting.isEmpty();
    }

    private void drain() {
        if (work.getAndIncrement() == 0) {
            delivery.execute(this::deliver);
        }
    }

    private void deliver() {
        int missed = 1;
        do {
            Flow.Subscriber<? super PushMessage> s = subscriber;
            if (s != null) {
                while (!closed && demand.get() > 0) {
                    PushMessage m = next();
                    if (m == null) {
                        break;
                    }
                    demand.decrementAndGet();
                    s.onNext(m);
                    onDelivered.accept(m);
                }
                if (!closed && finished()) {
                    close();
                    s.onComplete();
                }
            }
            missed = work.addAndGet(-missed);
        } while (missed != 0);
    }

    private void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            waiting.clear();
        }
        onClose.accept(this);
    }
}
