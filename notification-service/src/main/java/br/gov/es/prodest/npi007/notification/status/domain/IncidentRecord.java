package br.gov.es.prodest.npi007.notification.status.domain;

import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.IncidentReported;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.IncidentTriaged;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.ServiceRestored;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.SubjectEvent;
import java.time.Instant;
import java.util.List;

/**
 * What the public side knows of one incident, folded from its report, triage and restoration.
 *
 * @param reportedAt when it was reported, or null if the report was not read
 * @param verdict    the triage's verdict, or null before triage
 * @param restoredAt when the service was restored, or null
 * @param sequence   the sequence of the last event folded in
 */
public record IncidentRecord(String id, String componentSlug, Instant reportedAt, Verdict verdict,
    Instant confirmedAt, Instant restoredAt, long sequence) {

  public static final IncidentRecord NONE = new IncidentRecord(null, null, null, null, null, null, 0);

  public static IncidentRecord fold(List<? extends SubjectEvent> events) {
    IncidentRecord record = NONE;
    for (SubjectEvent event : events) {
      record = record.after(event);
    }
    return record;
  }

  /** The record after its next event; an event at or below the last sequence changes nothing. */
  public IncidentRecord after(SubjectEvent event) {
    if (event.sequence() <= sequence) {
      return this;
    }
    String slug = componentSlug;
    Instant reported = reportedAt;
    Verdict newVerdict = verdict;
    Instant confirmed = confirmedAt;
    Instant restored = restoredAt;
    if (event instanceof IncidentReported e) {
      slug = e.componentSlug();
      reported = e.at();
    } else if (event instanceof IncidentTriaged e) {
      slug = e.componentSlug();
      newVerdict = e.verdict();
      confirmed = e.at();
    } else if (event instanceof ServiceRestored e) {
      slug = e.componentSlug();
      restored = e.at();
    } else {
      return this;
    }
    return new IncidentRecord(event.subject(), slug, reported, newVerdict, confirmed, restored, event.sequence());
  }

  /** NPI-007 6.3: only an incident confirmed with general impact is public; 6.2 and 6.6 never are. */
  public boolean isPublic() {
    return verdict == Verdict.CONFIRMED_GENERAL && componentSlug != null;
  }

  /** Public and not restored yet. */
  public boolean isActive() {
    return isPublic() && restoredAt == null;
  }

  /** When the unavailability began: the report, or the verdict when the report was not read. */
  public Instant startedAt() {
    return reportedAt != null ? reportedAt : confirmedAt;
  }

  /** The span the component was unavailable, up to {@code now} while not restored. */
  public Interval unavailable(Instant now) {
    return new Interval(startedAt(), restoredAt != null ? restoredAt : now);
  }
}
