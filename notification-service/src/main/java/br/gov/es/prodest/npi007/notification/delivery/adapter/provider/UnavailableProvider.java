package br.gov.es.prodest.npi007.notification.delivery.adapter.provider;

import br.gov.es.prodest.npi007.delivery.Channel;
import br.gov.es.prodest.npi007.delivery.Delivery;
import br.gov.es.prodest.npi007.delivery.DeliveryAdapter;
import br.gov.es.prodest.npi007.delivery.DeliveryResult;

/** A provider the settings name but this build cannot reach: every attempt is refused for good, with the reason. */
public record UnavailableProvider(String provider, Channel channel) implements DeliveryAdapter {

  @Override
  public DeliveryResult deliver(Delivery delivery) {
    return new DeliveryResult.Refused("provedor " + provider + " não disponível nesta instalação", false, null);
  }
}
