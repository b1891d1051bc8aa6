package br.gov.es.prodest.npi007.notification.delivery.adapter.kafka;

import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryState;
import java.util.List;
import java.util.function.Function;

/**
 * Told of the delivery events right after the engine's transaction committed them: each event once
 * (an uncommitted one is decided again, and told then), with its notification's state, which has
 * them folded in. Runs on the delivery loop: it must be quick and must not throw (the service's metrics).
 */
@FunctionalInterface
public interface DeliveryObserver {

  DeliveryObserver NONE = (events, stateOf) -> { };

  void committed(List<DeliveryEvent> events, Function<String, DeliveryState> stateOf);
}
