package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.processing.Intake;
import br.gov.es.prodest.npi007.incident.domain.IncidentClosure;
import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.incident.domain.ServiceRequestLinked;
import br.gov.es.prodest.npi007.schemas.ComponentKey;
import java.util.Optional;

/**
 * What the router and the SA matcher learn from the incident events: closures (by normalised
 * component; which events close an incident is {@link IncidentClosure}'s to say) and SA links (by
 * SA number). Other events pass by.
 */
final class IncidentEventFeedback {

  private IncidentEventFeedback() {
  }

  /** The step of the topology; this service wrote every event, so a foreign record there is no concern of it. */
  static Intake step() {
    return Intake.ignoring((decoded, record, partition) -> {
      IncidentEvent event = IncidentWire.INSTANCE.toEvent(decoded);
      Optional<IncidentClosure> closure = IncidentClosure.by(event);
      if (closure.isPresent()) {
        return Optional.of(Intake.to(record, ComponentKey.of(closure.get().component()), IncidentLane.BY_COMPONENT,
            record.value()));
      } else if (event instanceof ServiceRequestLinked linked) {
        return Optional.of(Intake.to(record, linked.saNumber(), IncidentLane.BY_SA_NUMBER, record.value()));
      }
      return Optional.empty();
    });
  }
}
