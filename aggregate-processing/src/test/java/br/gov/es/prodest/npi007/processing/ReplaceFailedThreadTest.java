package br.gov.es.prodest.npi007.processing;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class ReplaceFailedThreadTest {

  @Test
  void aThreadKilledByABrokerRestartIsReplacedNotTheWholeClientShutDown() {
    // what a single-node broker restarted mid-transaction answered a stream thread's commit
    StreamsException commitFailed = new StreamsException("Error encountered trying to commit a transaction",
        new KafkaException("Unexpected error in TxnOffsetCommitResponse"));

    assertThat(new ReplaceFailedThread().handle(commitFailed)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
  }
}
