package br.gov.es.prodest.npi007.notification.message.adapter.kafka;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KafkaStreams.State;

/**
 * Whether the projection runs: once it has reached RUNNING it counts as running through later
 * rebalances, until it stops or fails.
 */
public final class StreamsRunState implements KafkaStreams.StateListener {

  private volatile State state = State.CREATED;
  private volatile boolean reachedRunning;

  @Override
  public void onChange(State newState, State oldState) {
    state = newState;
    if (newState == State.RUNNING) {
      reachedRunning = true;
    }
  }

  public boolean running() {
    return state == State.RUNNING || (reachedRunning && state == State.REBALANCING);
  }

  public State state() {
    return state;
  }
}
