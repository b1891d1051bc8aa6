package br.gov.es.prodest.npi007.notification.delivery.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryTarget;
import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The delivery loop on the real broker when the load of its partitions fails: it does not stop
 * silently; it reports the failure (unhealthy), rejoins the group with new clients, loads again, and
 * delivers — here through the real .eml adapter.
 */
class DeliveryEngineRecoveryTest {

  @TempDir
  Path mail;

  @TempDir
  Path store;

  @BeforeAll
  static void topics() throws Exception {
    EngineOnBroker.createTopics();
  }

  @Test
  void aLoadThatFailsIsReported_andTheLoopRejoinsAndDelivers() throws Exception {
    DeliveryRecords notification = DeliveryRecords.approvedEmail("ti@saude.es.gov.br");
    try (var producer = EngineOnBroker.producer()) {
      EngineOnBroker.publish(producer, notification);
    }
    AtomicInteger loads = new AtomicInteger();
    try (EngineOnBroker parts = new EngineOnBroker(store, mail, "delivery-recovery-" + UUID.randomUUID(),
        (states, ready) -> new PartitionLoad(states, ready, EngineOnBroker.HIGH_WATERMARKS) {
          @Override
          Loaded load(int partition, Consumer<byte[], byte[]> consumer, java.util.function.BooleanSupplier keepWaiting) {
            if (loads.getAndIncrement() == 0) {
              throw new KafkaException("leitura interrompida (falha simulada)");
            }
            return super.load(partition, consumer, keepWaiting);
          }
        }).start()) {
      DeliveryEngine engine = parts.engine;
      await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10))
          .until(() -> engine.failure().isPresent() && !engine.healthy());
      Path eml = mail.resolve(DeliveryTarget.idOf(notification.notificationId(), Channel.EMAIL,
          "ti@saude.es.gov.br") + ".eml");
      await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(eml));
      await().atMost(Duration.ofSeconds(30)).until(engine::healthy);
      assertThat(engine.failure()).isEmpty();
      assertThat(loads.get()).isGreaterThan(1);
      assertThat(Files.readString(eml, StandardCharsets.UTF_8)).contains("To: ti@saude.es.gov.br");
    }
  }
}
