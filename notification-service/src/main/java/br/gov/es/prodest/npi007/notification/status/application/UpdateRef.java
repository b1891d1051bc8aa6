package br.gov.es.prodest.npi007.notification.status.application;

import br.gov.es.prodest.npi007.notification.status.domain.MaintenanceState;

/** What an entry of the updates feed points at: an incident's notification, or a maintenance's state. */
record UpdateRef(String notificationId, String maintenanceId, MaintenanceState state) {

  static UpdateRef incident(String notificationId) {
    return new UpdateRef(notificationId, null, null);
  }

  static UpdateRef maintenance(String maintenanceId, MaintenanceState state) {
    return new UpdateRef(null, maintenanceId, state);
  }

  String encode() {
    return notificationId != null ? "I\n" + notificationId : "M\n" + maintenanceId + "\n" + state.name();
  }

  static UpdateRef decode(String value) {
    String[] parts = value.split("\n", 3);
    return parts[0].equals("I") ? incident(parts[1]) : maintenance(parts[1], MaintenanceState.valueOf(parts[2]));
  }
}
