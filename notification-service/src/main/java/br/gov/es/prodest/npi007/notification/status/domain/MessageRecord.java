package br.gov.es.prodest.npi007.notification.status.domain;

import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.MessageApproved;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.MessageEdited;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.MessagePostedManually;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.MessageRendered;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.SubjectEvent;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A notification as the public side sees it: its current texts until it is published, then the text
 * it was published with. Published when ASCOM approves it (edits applied), when it needs no review
 * (at rendering), or when ASCOM marks it posted by hand; never before.
 *
 * @param publishedAt when it became public, or null while it is not
 */
public record MessageRecord(String id, String type, String incidentId, String maintenanceId, String title,
    String whatsapp, String email, Instant publishedAt, long sequence) {

  /** The messages whose approved text is an incident's public update (NPI-007 6.3 and 6.4). */
  public static final Set<String> PUBLIC_TYPES = Set.of("6.3", "6.4");

  /** The message as its events leave it, or null before its rendering. */
  public static MessageRecord fold(List<? extends SubjectEvent> events) {
    MessageRecord record = null;
    for (SubjectEvent event : events) {
      record = record == null ? opened(event) : record.after(event);
    }
    return record;
  }

  static MessageRecord opened(SubjectEvent event) {
    if (!(event instanceof MessageRendered rendered)) {
      return null;
    }
    return new MessageRecord(rendered.subject(), rendered.type(), rendered.incidentId(), rendered.maintenanceId(),
        rendered.title(), rendered.whatsapp(), rendered.email(), rendered.reviewRequired() ? null : rendered.at(),
        rendered.sequence());
  }

  /** The message after its next event; a repeat (at or below the last sequence) changes nothing. */
  public MessageRecord after(SubjectEvent event) {
    if (event.sequence() <= sequence) {
      return this;
    }
    if (event instanceof MessageEdited edited && publishedAt == null) {
      return new MessageRecord(id, type, incidentId, maintenanceId, title,
          edited.whatsapp() != null ? edited.whatsapp() : whatsapp, edited.email() != null ? edited.email() : email,
          null, event.sequence());
    }
    Instant published = publishedAt;
    if (published == null && (event instanceof MessageApproved || event instanceof MessagePostedManually)) {
      published = event.at();
    }
    return new MessageRecord(id, type, incidentId, maintenanceId, title, whatsapp, email, published,
        event.sequence());
  }

  /** Whether it is one of an incident's public updates once published. */
  public boolean isIncidentUpdate() {
    return PUBLIC_TYPES.contains(type) && incidentId != null;
  }

  public boolean isPublished() {
    return publishedAt != null;
  }

  /** The text the page shows: WhatsApp's without its {@code *} bold markers, else the e-mail's. */
  public String publicText() {
    return whatsapp != null ? whatsapp.replace("*", "") : email;
  }
}
