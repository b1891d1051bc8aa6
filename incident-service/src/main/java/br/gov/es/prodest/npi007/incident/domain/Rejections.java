package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.AggregateName;
import br.gov.es.prodest.npi007.aggregate.CommandRejected;

/** The refusals of the incident lifecycle, each with its reason code and a detail in Portuguese. */
final class Rejections {

  static final AggregateName NAME = new AggregateName("INCIDENT", "o", "incidente");

  private Rejections() {
  }

  static CommandRejected closed(ExistingIncident incident) {
    return CommandRejected.conflict("INCIDENT_CLOSED",
        "O incidente " + incident.facts().incidentId() + " está encerrado (" + incident.status()
            + ") e não aceita esta ação.");
  }

  static CommandRejected otherServiceRequest(ExistingIncident incident, String saNumber) {
    return CommandRejected.conflict("SERVICE_REQUEST_ALREADY_LINKED",
        "O incidente " + incident.facts().incidentId() + " já está vinculado à SA "
            + incident.facts().saNumber() + "; a SA " + saNumber + " não pode ser vinculada.");
  }

  static CommandRejected alreadyTriaged(ExistingIncident incident) {
    return CommandRejected.conflict("ALREADY_TRIAGED",
        "O incidente " + incident.facts().incidentId() + " já foi triado (" + incident.status() + ").");
  }

  static CommandRejected impactRequired() {
    return CommandRejected.ruleViolated("IMPACT_REQUIRED",
        "Informe o impacto (impact) de um incidente confirmado: o que ele pode afetar.");
  }

  static CommandRejected organRequired() {
    return CommandRejected.ruleViolated("ORGAN_REQUIRED",
        "Informe o órgão afetado (organ) de um incidente confirmado restrito a um órgão.");
  }

  static CommandRejected notConfirmed(ExistingIncident incident) {
    return CommandRejected.conflict("INCIDENT_NOT_CONFIRMED",
        "O incidente " + incident.facts().incidentId() + " não foi confirmado (" + incident.status()
            + "); só um incidente confirmado tem o serviço restabelecido.");
  }

  static CommandRejected statementNotAllowed(ExistingIncident incident, StatementKind kind) {
    String when = kind == StatementKind.CONFIRMATION
        ? "a confirmação só cabe a um incidente confirmado em aberto"
        : "o restabelecimento só cabe a um incidente restabelecido";
    return CommandRejected.conflict("STATEMENT_NOT_ALLOWED",
        "O pronunciamento não é permitido no incidente " + incident.facts().incidentId() + " ("
            + incident.status() + "): " + when + ".");
  }

  static CommandRejected otherMaintenance(ExistingIncident incident, String maintenanceId) {
    return CommandRejected.conflict("MAINTENANCE_ALREADY_LINKED",
        "O incidente " + incident.facts().incidentId() + " já está vinculado à manutenção "
            + incident.facts().maintenanceId() + "; a manutenção " + maintenanceId + " não pode ser vinculada.");
  }
}
