package io.contactcenter.platform.events.consumer;

/**
 * What a handler records once its change is committed (metrics, a log line): run by the consumer
 * after the inbox transaction commits, so a rolled-back or redelivered event is not counted.
 */
@FunctionalInterface
public interface AfterCommit extends Runnable {

    AfterCommit NOTHING = () -> {
    };
}
