package br.gov.es.prodest.npi007.gateway.organ;

import br.gov.es.prodest.npi007.avro.organ.OrganUpdated;
import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;

/** Writes an {@link OrganUpdated} to the organs topic, keyed by code, and tells at which offset the broker stored it. */
class OrganWriter {

  private static final Logger log = LoggerFactory.getLogger(OrganWriter.class);

  private final KafkaTemplate<String, byte[]> template;
  private final Duration ackTimeout;

  OrganWriter(KafkaTemplate<String, byte[]> template, Duration ackTimeout) {
    this.template = template;
    this.ackTimeout = ackTimeout;
  }

  long write(OrganUpdated event) {
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(Topics.ORGANS.name(), event.getCode(), AvroCodec.instance().encode(event));
    try {
      return template.send(record).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS).getRecordMetadata().offset();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(e);
    } catch (KafkaException | ExecutionException | TimeoutException e) {
      throw unavailable(e);
    }
  }

  private static ApiProblem unavailable(Exception cause) {
    log.warn("Falha ao gravar no catálogo de órgãos: {}", cause.toString());
    return ApiProblem.serviceUnavailable("ORGAN_CATALOGUE_UNAVAILABLE",
        "Não foi possível gravar a alteração do órgão agora; tente novamente em instantes.", cause);
  }
}
