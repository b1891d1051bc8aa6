package br.gov.es.prodest.npi007.notification.status.application;

import br.gov.es.prodest.npi007.notification.status.domain.IncidentRecord;
import br.gov.es.prodest.npi007.notification.status.domain.MaintenanceRecord;
import br.gov.es.prodest.npi007.notification.status.domain.MaintenanceUpdate;
import br.gov.es.prodest.npi007.notification.status.domain.MessageRecord;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.ComponentUpdated;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.IncidentReported;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.IncidentTriaged;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.MaintenanceScheduled;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.MaintenanceStep;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.MessageRendered;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.ServiceRestored;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.SubjectEvent;
import br.gov.es.prodest.npi007.processing.EventHistory;
import br.gov.es.prodest.npi007.projection.ProjectionWrite;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Applies the records of the incident, maintenance, notification and component topics to the
 * public status's store, within the replay's write. Each subject keeps its records; after each new
 * one the subject's place in the lists is derived again from its fold and moved in the same write
 * (see {@link Listing}), so the order in which the topics interleave does not matter: a 6.3
 * approved before its incident's verdict is read appears with the verdict. A record at or below
 * its subject's last sequence (a replay, a duplicate) changes nothing.
 */
final class StatusProjection {

  private final StatusRecords records;

  StatusProjection(StatusRecords records) {
    this.records = records;
  }

  /** Applies one record; false when it changed nothing. */
  boolean apply(ProjectionWrite write, byte[] value) {
    StatusEvent event = records.read(value).orElse(null);
    if (event instanceof ComponentUpdated updated) {
      return component(write, updated, value);
    } else if (event instanceof IncidentReported || event instanceof IncidentTriaged
        || event instanceof ServiceRestored) {
      SubjectEvent incident = (SubjectEvent) event;
      return append(write, StatusKeys.incident(incident.subject()), incident, value,
          stored -> IncidentRecord.fold(stored).sequence())
          && incident(write, incident.subject(), incident.at());
    } else if (event instanceof MaintenanceScheduled || event instanceof MaintenanceStep) {
      SubjectEvent maintenance = (SubjectEvent) event;
      return append(write, StatusKeys.maintenance(maintenance.subject()), maintenance, value,
          stored -> MaintenanceRecord.fold(stored).sequence())
          && maintenance(write, maintenance.subject(), maintenance.at());
    } else if (event instanceof SubjectEvent message) {
      return message(write, message, value);
    }
    return false;
  }

  private boolean component(ProjectionWrite write, ComponentUpdated updated, byte[] value) {
    byte[] key = StatusKeys.component(updated.component().slug());
    if (Arrays.equals(write.get(key), value)) {
      return false;
    }
    write.put(key, value);
    changed(write, updated.at());
    return true;
  }

  /** Keeps only 6.3 and 6.4 of an incident: the other messages never reach the public page as they are. */
  private boolean message(ProjectionWrite write, SubjectEvent event, byte[] value) {
    byte[] key = StatusKeys.message(event.subject());
    byte[] stored = write.get(key);
    MessageRecord message = MessageRecord.fold(events(stored));
    if (message == null) {
      if (!(event instanceof MessageRendered rendered) || !MessageRecord.PUBLIC_TYPES.contains(rendered.type())
          || rendered.incidentId() == null) {
        return false;
      }
      byte[] listKey = StatusKeys.incidentMessages(rendered.incidentId());
      write.put(listKey, EventHistory.append(write.get(listKey),
          List.of(rendered.subject().getBytes(StandardCharsets.UTF_8))));
    } else if (event.sequence() <= message.sequence()) {
      return false;
    }
    write.put(key, EventHistory.append(stored, List.of(value)));
    return incident(write, MessageRecord.fold(events(write.get(key))).incidentId(), event.at());
  }

  private boolean append(ProjectionWrite write, byte[] key, SubjectEvent event, byte[] value,
      ToLongFunction<List<SubjectEvent>> lastSequence) {
    byte[] stored = write.get(key);
    if (event.sequence() <= lastSequence.applyAsLong(events(stored))) {
      return false;
    }
    write.put(key, EventHistory.append(stored, List.of(value)));
    return true;
  }

  /** Lists the incident (and its published updates) where its fold says; true (the record was kept). */
  private boolean incident(ProjectionWrite write, String incidentId, Instant at) {
    IncidentRecord incident = IncidentRecord.fold(events(write.get(StatusKeys.incident(incidentId))));
    Map<byte[], byte[]> wanted = new LinkedHashMap<>();
    if (incident.isPublic()) {
      byte[] id = text(incidentId);
      String slug = incident.componentSlug();
      wanted.put(StatusKeys.incidentOf(slug, incident.startedAt(), incidentId), id);
      if (incident.isActive()) {
        wanted.put(StatusKeys.activeIncident(incident.startedAt(), incidentId), id);
      } else {
        returned(write, slug, incident.restoredAt());
      }
      for (byte[] messageId : EventHistory.read(write.get(StatusKeys.incidentMessages(incidentId)))) {
        MessageRecord message = MessageRecord.fold(events(write.get(StatusKeys.message(text(messageId)))));
        if (message != null && message.isPublished()) {
          String entry = UpdateRef.incident(message.id()).encode();
          wanted.put(StatusKeys.updateOfIncident(incidentId, message.publishedAt(), message.id()), messageId);
          wanted.put(StatusKeys.update(null, message.publishedAt(), message.id()), text(entry));
          wanted.put(StatusKeys.update(slug, message.publishedAt(), message.id()), text(entry));
        }
      }
    }
    if (Listing.relist(write, StatusKeys.listed("incident", incidentId), wanted)) {
      changed(write, at);
    }
    return true;
  }

  /** Lists the maintenance (and its updates) where its fold says; true (the record was kept). */
  private boolean maintenance(ProjectionWrite write, String maintenanceId, Instant at) {
    MaintenanceRecord maintenance = MaintenanceRecord.fold(events(write.get(StatusKeys.maintenance(maintenanceId))));
    Map<byte[], byte[]> wanted = new LinkedHashMap<>();
    if (maintenance.isPublic()) {
      byte[] id = text(maintenanceId);
      String slug = maintenance.componentSlug();
      wanted.put(StatusKeys.maintenanceOf(slug, maintenance.start(), maintenanceId), id);
      if (maintenance.state().isOpen()) {
        wanted.put(StatusKeys.openMaintenance(maintenance.start(), maintenanceId), id);
      }
      for (MaintenanceUpdate update : maintenance.updates()) {
        byte[] entry = text(UpdateRef.maintenance(maintenanceId, update.state()).encode());
        wanted.put(StatusKeys.update(null, update.publishedAt(), update.id()), entry);
        wanted.put(StatusKeys.update(slug, update.publishedAt(), update.id()), entry);
      }
      if (maintenance.returnedAt() != null) {
        returned(write, slug, maintenance.returnedAt());
      }
    }
    if (Listing.relist(write, StatusKeys.listed("maintenance", maintenanceId), wanted)) {
      changed(write, at);
    }
    return true;
  }

  /** The last time the component came back: the latest of its restorations and maintenances' ends. */
  private static void returned(ProjectionWrite write, String slug, Instant at) {
    byte[] key = StatusKeys.operationalSince(slug);
    byte[] stored = write.get(key);
    if (stored == null || Instant.parse(text(stored)).isBefore(at)) {
      write.put(key, text(at.toString()));
    }
  }

  /**
   * Moves the time of the last public change: the event's time, or just after the last one when the
   * event is older (topics interleave), so that every public change moves it forward (the gateway's
   * ETag and Last-Modified come from it).
   */
  private static void changed(ProjectionWrite write, Instant at) {
    byte[] stored = write.get(StatusKeys.LAST_CHANGED);
    Instant last = stored == null ? null : Instant.parse(text(stored));
    Instant next = last == null || at.isAfter(last) ? at : last.plusMillis(1);
    write.put(StatusKeys.LAST_CHANGED, text(next.toString()));
  }

  List<SubjectEvent> events(byte[] stored) {
    List<SubjectEvent> events = new ArrayList<>();
    for (byte[] value : EventHistory.read(stored)) {
      records.read(value).filter(SubjectEvent.class::isInstance).map(SubjectEvent.class::cast).ifPresent(events::add);
    }
    return events;
  }

  static byte[] text(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
