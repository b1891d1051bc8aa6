package br.gov.es.prodest.npi007.notification.message.adapter.kafka;

/** What the projection makes of one input record: a rendered message, or a dead letter. */
sealed interface Outcome {

  byte[] value();

  /**
   * A {@code MessageRendered} record, encoded, for the notification aggregate to open.
   *
   * @param here true when the notification lives on the partition it was rendered on (a placed id):
   *             opened in the same task; false (an unplaced id) when it takes the repartition topic
   */
  record Rendered(byte[] value, boolean here) implements Outcome {
  }

  /** The original bytes, for the dead-letter topic; the headers say why. */
  record DeadLettered(byte[] value) implements Outcome {
  }
}
