package br.gov.es.prodest.npi007.delivery;

/** The channel an adapter serves (the wire's {@code DeliveryChannel}). */
public enum Channel {
  WHATSAPP,
  EMAIL
}
