package br.gov.es.prodest.npi007.notification.status.application;

import br.gov.es.prodest.npi007.projection.StoreKey;
import java.time.Instant;

/**
 * The public status's keys in its store. Per subject, its records as they came: a component's
 * latest update, an incident's report/triage/restoration, a 6.3/6.4 notification's events, a
 * maintenance's events; per incident the ids of its 6.3/6.4 notifications; per subject the index
 * keys it is listed under ({@code listed}), so a change moves it in one write. The lists (indexes)
 * hold ids and are walked in key order.
 */
final class StatusKeys {

  /** Names the shape of the keys and values below; change it whenever they change. */
  static final String LAYOUT = "public-status/1";

  static final byte[] LAST_CHANGED = StoreKey.of("last-changed").bytes();
  static final byte[] COMPONENTS = StoreKey.of("component").bytes();
  static final byte[] ACTIVE_INCIDENTS = StoreKey.of("active-incidents").bytes();
  static final byte[] OPEN_MAINTENANCES = StoreKey.of("open-maintenances").bytes();

  private StatusKeys() {
  }

  static byte[] component(String slug) {
    return StoreKey.of("component").text(slug).bytes();
  }

  static byte[] incident(String id) {
    return StoreKey.of("incident").text(id).bytes();
  }

  static byte[] incidentMessages(String incidentId) {
    return StoreKey.of("incident-messages").text(incidentId).bytes();
  }

  static byte[] message(String id) {
    return StoreKey.of("message").text(id).bytes();
  }

  static byte[] maintenance(String id) {
    return StoreKey.of("maintenance").text(id).bytes();
  }

  static byte[] listed(String kind, String id) {
    return StoreKey.of("listed").text(kind).text(id).bytes();
  }

  static byte[] operationalSince(String slug) {
    return StoreKey.of("operational-since").text(slug).bytes();
  }

  static byte[] activeIncident(Instant startedAt, String id) {
    return StoreKey.of("active-incidents").earliestFirst(startedAt).text(id).bytes();
  }

  static byte[] incidentsOf(String slug) {
    return StoreKey.of("incidents-by-component").text(slug).bytes();
  }

  static byte[] incidentOf(String slug, Instant startedAt, String id) {
    return StoreKey.of("incidents-by-component").text(slug).newestFirst(startedAt).text(id).bytes();
  }

  static byte[] updatesOfIncident(String incidentId) {
    return StoreKey.of("incident-updates").text(incidentId).bytes();
  }

  static byte[] updateOfIncident(String incidentId, Instant publishedAt, String notificationId) {
    return StoreKey.of("incident-updates").text(incidentId).earliestFirst(publishedAt).text(notificationId).bytes();
  }

  static byte[] openMaintenance(Instant start, String id) {
    return StoreKey.of("open-maintenances").earliestFirst(start).text(id).bytes();
  }

  static byte[] maintenancesOf(String slug) {
    return StoreKey.of("maintenances-by-component").text(slug).bytes();
  }

  static byte[] maintenanceOf(String slug, Instant start, String id) {
    return StoreKey.of("maintenances-by-component").text(slug).earliestFirst(start).text(id).bytes();
  }

  /** The feed of updates, newest first: all of them (slug null) or one component's. */
  static StoreKey updates(String slug) {
    return slug == null ? StoreKey.of("updates") : StoreKey.of("updates-by-component").text(slug);
  }

  static byte[] update(String slug, Instant publishedAt, String updateId) {
    return updates(slug).newestFirst(publishedAt).text(updateId).bytes();
  }
}
