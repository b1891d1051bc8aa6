package br.gov.es.prodest.npi007.notification.delivery.domain;

/** Which message of the outbox a delivery event is about. */
public record MessageRef(String notificationId, String messageId, String incidentId, String maintenanceId) {
}
