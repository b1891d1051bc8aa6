package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.Event;


/** Something that happened to one incident; the incident's events are its system of record. */
public sealed interface IncidentEvent extends Event permits IncidentReported, ReportJoined, ServiceRequestLinked,
    IncidentTriaged, ServiceRestored, StatementPosted, MaintenanceLinked, ServiceRequestUpdated, AlertResolved,
    ReportAcknowledged, IncidentAssigned {
}
