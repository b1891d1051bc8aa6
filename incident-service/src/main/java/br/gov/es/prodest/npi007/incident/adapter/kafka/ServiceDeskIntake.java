package br.gov.es.prodest.npi007.incident.adapter.kafka;

import java.util.Optional;
import br.gov.es.prodest.npi007.processing.Intake;
import br.gov.es.prodest.npi007.avro.servicedesk.ServiceRequestEvent;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;

/** SA events of the service desk, keyed by SA number for the matcher; undecodable ones are dead letters. */
final class ServiceDeskIntake {

  private ServiceDeskIntake() {
  }

  /** The step of the topology, dead-lettering what it cannot decode. */
  static Intake step() {
    return Intake.deadLettering((decoded, record, partition) -> {
      if (!(decoded instanceof ServiceRequestEvent event)) {
        throw new UndecodableRecordException("não é um evento de SA (ServiceRequestEvent)");
      }
      return Optional.of(Intake.to(record, event.getSaNumber(), IncidentLane.BY_SA_NUMBER, record.value()));
    });
  }
}
