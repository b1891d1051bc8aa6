package br.gov.es.prodest.npi007.schemas.norm;

/** Where the norm sends a message: the Grupo de WhatsApp TI ES, or e-mail to the organs (the wire's {@code DeliveryChannel}). */
public enum NormChannel {
  WHATSAPP,
  EMAIL
}
