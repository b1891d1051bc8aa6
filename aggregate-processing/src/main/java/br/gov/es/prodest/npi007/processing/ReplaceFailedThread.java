package br.gov.es.prodest.npi007.processing;

import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a service's Kafka Streams app does when a stream thread dies: it replaces the thread. The
 * processors dead-letter bad input themselves, so what reaches here is the infrastructure failing
 * (a broker restarted mid-transaction answers a commit with an unexpected error); the default,
 * shutting the whole client down, left a service running but processing nothing after a broker
 * restart. Under exactly_once_v2 the dead thread's transaction is aborted and its tasks are taken up
 * again from their last commit, so nothing is lost or written twice.
 */
public final class ReplaceFailedThread implements StreamsUncaughtExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ReplaceFailedThread.class);

  @Override
  public StreamThreadExceptionResponse handle(Throwable exception) {
    log.error("Uma thread do Kafka Streams falhou; ela será substituída e retomará do último commit", exception);
    return StreamThreadExceptionResponse.REPLACE_THREAD;
  }
}
