package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.AggregateFixture;
import br.gov.es.prodest.npi007.aggregate.Decision;
import br.gov.es.prodest.npi007.aggregate.Decisions;
import br.gov.es.prodest.npi007.aggregate.Origin;
import br.gov.es.prodest.npi007.aggregate.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;

/** Fixtures of the lifecycle tests: fixed ids and clock, commands by name, and a history reaching each status. */
public final class Scenario {

  public static final Instant TEN_AM = Instant.parse("2025-03-10T13:00:00Z");
  public static final String INCIDENT = "7d5a3c1e-0000-4000-8000-000000000001";
  public static final Actor TEAM = new Actor("joao.prodest", Role.TEAM, "PRODEST");
  public static final Actor SERVICE_DESK = new Actor("service-desk", Role.INTEGRATION, null);

  private Scenario() {
  }

  /** The given/when/then fixture over the incident's rules. */
  public static final AggregateFixture<IncidentCommand, IncidentEvent, IncidentState> FIXTURE =
      new AggregateFixture<>(Incident.AGGREGATE);

  /** The state after the events these commands cause, each of which must be accepted. */
  public static IncidentState given(IncidentCommand... commands) {
    return FIXTURE.given(FIXTURE.historyOf(commands)).state();
  }

  /** The commands that bring a new incident to the status. */
  public static IncidentCommand[] reaching(IncidentStatus status) {
    return switch (status) {
      case REPORTED -> new IncidentCommand[] {report("c-report", ReportSource.WHATSAPP_GROUP)};
      case AWAITING_SA -> new IncidentCommand[] {report("c-report", ReportSource.WHATSAPP_GROUP),
          acknowledge("c-ack", "n-6.1")};
      case DETECTED_BY_PRODEST -> new IncidentCommand[] {report("c-report", ReportSource.MONITORING)};
      case UNDER_ANALYSIS -> new IncidentCommand[] {report("c-report", ReportSource.WHATSAPP_GROUP),
          linkSa("c-sa", "SA-100")};
      case NOT_CONFIRMED, CONFIRMED_GENERAL, CONFIRMED_RESTRICTED -> new IncidentCommand[] {
          report("c-report", ReportSource.WHATSAPP_GROUP), triage("c-triage", Verdict.valueOf(status.name()))};
      case MAINTENANCE_SCHEDULED -> new IncidentCommand[] {report("c-report", ReportSource.WHATSAPP_GROUP),
          linkMaintenance("c-maint", "M-1")};
      case RESTORED -> new IncidentCommand[] {report("c-report", ReportSource.WHATSAPP_GROUP),
          triage("c-triage", Verdict.CONFIRMED_GENERAL), restore("c-restore")};
    };
  }

  public static IncidentState at(IncidentStatus status) {
    return given(reaching(status));
  }

  public static IncidentState after(IncidentState state, Decision<IncidentEvent> decision) {
    return Incident.AGGREGATE.evolve(state, Decisions.events(decision));
  }

  public static ReportIncident report(String commandId, ReportSource source) {
    return new ReportIncident(commandId, "corr-" + commandId, TEN_AM, TEAM, Origin.API, null, INCIDENT,
        "SIGEFES", "SESA", "Sistema fora do ar", source, "Maria");
  }

  public static ReportIncident joining(String commandId, String ownIncidentId) {
    return new ReportIncident(commandId, "corr-" + commandId, TEN_AM, TEAM, Origin.API, null, ownIncidentId,
        "sigefes", "SEDU", "Não abre", ReportSource.WHATSAPP_GROUP, "Ana").routedTo(INCIDENT);
  }

  public static LinkServiceRequest linkSa(String commandId, String saNumber) {
    return new LinkServiceRequest(commandId, "corr-" + commandId, TEN_AM, SERVICE_DESK, Origin.SERVICE_DESK, null,
        INCIDENT, saNumber);
  }

  public static TriageIncident triage(String commandId, Verdict verdict) {
    return triage(commandId, verdict, "acesso ao sistema", verdict == Verdict.CONFIRMED_RESTRICTED ? "SESA" : null);
  }

  public static TriageIncident triage(String commandId, Verdict verdict, String impact, String organ) {
    return new TriageIncident(commandId, "corr-" + commandId, TEN_AM, TEAM, Origin.API, null, INCIDENT, verdict,
        impact, organ);
  }

  public static RestoreService restore(String commandId) {
    return new RestoreService(commandId, "corr-" + commandId, TEN_AM, TEAM, Origin.API, null, INCIDENT,
        "Servidor reiniciado");
  }

  public static PostStatement statement(String commandId, StatementKind kind, String text) {
    return new PostStatement(commandId, "corr-" + commandId, TEN_AM, new Actor("diretor", Role.MANAGEMENT, null),
        Origin.API, null, INCIDENT, kind, text);
  }

  public static PostStatement statement(String commandId, StatementKind kind, String text, SpeakerOffice office,
      String unit) {
    return new PostStatement(commandId, "corr-" + commandId, TEN_AM, new Actor("diretor", Role.MANAGEMENT, null),
        Origin.API, null, INCIDENT, kind, text, office, unit);
  }

  public static AssignIncident assign(String commandId, String unit, String note) {
    return new AssignIncident(commandId, "corr-" + commandId, TEN_AM, TEAM, Origin.API, null, INCIDENT, unit, note);
  }

  public static LinkMaintenance linkMaintenance(String commandId, String maintenanceId) {
    return new LinkMaintenance(commandId, "corr-" + commandId, TEN_AM, TEAM, Origin.API, null, INCIDENT,
        maintenanceId);
  }

  public static RecordServiceRequestUpdate saUpdate(String commandId, ServiceRequestState state) {
    return new RecordServiceRequestUpdate(commandId, "corr-" + commandId, TEN_AM, SERVICE_DESK,
        Origin.SERVICE_DESK, null, INCIDENT, "SA-100", state, "Em atendimento");
  }

  public static RecordAlertResolution alertResolved(String commandId) {
    return new RecordAlertResolution(commandId, "corr-" + commandId, TEN_AM,
        new Actor("monitoring", Role.INTEGRATION, null), Origin.MONITORING, null, INCIDENT, "fp-1", "SigefesDown",
        TEN_AM.plusSeconds(60), "Sigefes voltou");
  }

  public static RecordAcknowledgement acknowledge(String commandId, String notificationId) {
    return new RecordAcknowledgement(commandId, "corr-" + commandId, TEN_AM,
        new Actor("notification-service", Role.SYSTEM, null), Origin.SYSTEM, null, INCIDENT, notificationId);
  }
}
