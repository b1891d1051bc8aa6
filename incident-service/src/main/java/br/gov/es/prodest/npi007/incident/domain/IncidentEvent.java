package br.gov.es.prodest.npi007.incident.domain;

/** Something that happened to one incident; the incident's events are its system of record. */
public sealed interface IncidentEvent permits IncidentReported, ReportJoined, ServiceRequestLinked, IncidentTriaged,
    ServiceRestored, StatementPosted, MaintenanceLinked, ServiceRequestUpdated, AlertResolved, ReportAcknowledged {

  Envelope envelope();
}
