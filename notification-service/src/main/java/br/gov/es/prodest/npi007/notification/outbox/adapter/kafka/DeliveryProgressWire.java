package br.gov.es.prodest.npi007.notification.outbox.adapter.kafka;

import br.gov.es.prodest.npi007.avro.notification.DeliveryDeadLettered;
import br.gov.es.prodest.npi007.avro.notification.DeliveryFailed;
import br.gov.es.prodest.npi007.avro.notification.DeliveryStarted;
import br.gov.es.prodest.npi007.avro.notification.DeliverySucceeded;
import br.gov.es.prodest.npi007.avro.notification.MessageDelivered;
import br.gov.es.prodest.npi007.notification.outbox.domain.DeliveryProgress;
import br.gov.es.prodest.npi007.notification.outbox.domain.DeliveryProgress.Stage;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;

/**
 * A notification's {@link DeliveryProgress} in the aggregate task's store, and the delivery events
 * (as read from {@code Topics.DELIVERIES}) that advance it. The stored form is a line of text,
 * {@code sequence;delivered;deliveryId=STAGE,…}: a handful of targets per notification.
 */
final class DeliveryProgressWire {

  private DeliveryProgressWire() {
  }

  /** The progress after one delivery event; a target's failure with no retry is still STARTED until its dead letter. */
  static DeliveryProgress after(DeliveryProgress progress, SpecificRecord event) {
    if (event instanceof DeliveryStarted e) {
      return progress.after(e.getEnvelope().getSequence(), e.getTarget().getDeliveryId(), Stage.STARTED);
    } else if (event instanceof DeliverySucceeded e) {
      return progress.after(e.getEnvelope().getSequence(), e.getTarget().getDeliveryId(), Stage.SUCCEEDED);
    } else if (event instanceof DeliveryFailed e) {
      // as the delivery's own fold (TargetProgress): its dead letter follows in the same transaction
      Stage stage = e.getNextAttemptAt() == null ? Stage.STARTED : Stage.RETRY_DUE;
      return progress.after(e.getEnvelope().getSequence(), e.getTarget().getDeliveryId(), stage);
    } else if (event instanceof DeliveryDeadLettered e) {
      return progress.after(e.getEnvelope().getSequence(), e.getTarget().getDeliveryId(), Stage.DEAD);
    } else if (event instanceof MessageDelivered e) {
      return progress.deliveredAt(e.getEnvelope().getSequence());
    }
    throw new UndecodableRecordException("não é um evento de entrega: " + event.getSchema().getFullName());
  }

  static String encode(DeliveryProgress progress) {
    return progress.sequence() + ";" + progress.delivered() + ";" + progress.stages().entrySet().stream()
        .map(stage -> stage.getKey() + "=" + stage.getValue().name()).collect(Collectors.joining(","));
  }

  static DeliveryProgress decode(String stored) {
    if (stored == null) {
      return DeliveryProgress.NONE;
    }
    String[] parts = stored.split(";", 3);
    Map<String, Stage> stages = new LinkedHashMap<>();
    if (!parts[2].isEmpty()) {
      for (String stage : parts[2].split(",")) {
        int equals = stage.lastIndexOf('=');
        stages.put(stage.substring(0, equals), Stage.valueOf(stage.substring(equals + 1)));
      }
    }
    return new DeliveryProgress(stages, Boolean.parseBoolean(parts[1]), Long.parseLong(parts[0]));
  }
}
