package br.gov.es.prodest.npi007.notification.outbox.adapter.kafka;

/** A record the notification aggregate writes, with the topic it goes to. */
record Routed(Lane lane, byte[] value) {

  enum Lane {
    /** A notification event, for the notifications topic. */
    EVENTS,
    /** The answer to a command, for the command-results topic. */
    RESULTS,
    /** The original bytes, for the dead-letter topic; the headers say why. */
    DEAD_LETTERS
  }
}
