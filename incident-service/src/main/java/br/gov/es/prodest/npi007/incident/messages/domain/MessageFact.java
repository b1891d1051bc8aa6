package br.gov.es.prodest.npi007.incident.messages.domain;

import java.time.Instant;

/** What one notification or delivery event tells about a message of the outbox. */
public sealed interface MessageFact {

  /** The message entered the outbox; its time is the causing event's. */
  record Rendered(String messageId, String incidentId, String maintenanceId, Instant renderedAt,
      boolean reviewRequired) implements MessageFact {
  }

  /** ASCOM edited the text before approving it: the status does not change. */
  record Edited() implements MessageFact {
  }

  /** Approved by ASCOM, or by the service for a message that needs no review. */
  record Approved() implements MessageFact {
  }

  /** ASCOM posted the message by hand. */
  record PostedManually(Instant at) implements MessageFact {
  }

  /** An attempt of one delivery target: started, succeeded, failed or given up. */
  record Attempt(String deliveryId, int attempt, DeliveryStatus state) implements MessageFact {
  }

  /** Every target succeeded, or ASCOM posted it: the message reached its recipients. */
  record Delivered(Instant at, boolean postedManually) implements MessageFact {
  }
}
