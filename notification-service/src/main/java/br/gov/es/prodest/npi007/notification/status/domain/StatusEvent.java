package br.gov.es.prodest.npi007.notification.status.domain;

import java.time.Instant;

/**
 * What the public status page learns from the topics, each fact already stripped of what is never
 * public (reporters, organs, descriptions, SA numbers, actors). Component names arrive as their slug
 * ({@code ComponentSlug}), null when a name has none.
 */
public sealed interface StatusEvent {

  /** The event's time: its envelope's {@code occurredAt}. */
  Instant at();

  /** An event of one incident, maintenance or notification: its id and its place in that subject's stream. */
  sealed interface SubjectEvent extends StatusEvent {
    String subject();

    long sequence();
  }

  record IncidentReported(String subject, long sequence, String componentSlug, Instant at) implements SubjectEvent {
  }

  record IncidentTriaged(String subject, long sequence, String componentSlug, Verdict verdict, Instant at)
      implements SubjectEvent {
  }

  record ServiceRestored(String subject, long sequence, String componentSlug, Instant at) implements SubjectEvent {
  }

  /** A maintenance requested or rescheduled: its component and (new) window. */
  record MaintenanceScheduled(String subject, long sequence, String componentSlug, Instant start, Instant end,
      Instant at) implements SubjectEvent {
  }

  /** A maintenance announced, started, completed or cancelled. */
  record MaintenanceStep(String subject, long sequence, Step step, Instant at) implements SubjectEvent {

    public enum Step { ANNOUNCED, STARTED, COMPLETED, CANCELLED }
  }

  /**
   * A message rendered; {@code whatsapp} and {@code email} are its texts (null for a channel it has
   * not), {@code reviewRequired} false when it is approved as it is rendered (AUTO).
   */
  record MessageRendered(String subject, long sequence, String type, String incidentId, String maintenanceId,
      String title, String whatsapp, String email, boolean reviewRequired, Instant at) implements SubjectEvent {
  }

  /** ASCOM's edit: the new text of each channel it edited, null for a channel left as it was. */
  record MessageEdited(String subject, long sequence, String whatsapp, String email, Instant at)
      implements SubjectEvent {
  }

  record MessageApproved(String subject, long sequence, Instant at) implements SubjectEvent {
  }

  record MessagePostedManually(String subject, long sequence, Instant at) implements SubjectEvent {
  }

  /** A component of the catalogue as an ADMIN last set it (last writer wins). */
  record ComponentUpdated(Component component, Instant at) implements StatusEvent {
  }
}
