package br.gov.es.prodest.npi007.notification.message.domain;

/** Where a rendered message goes: the WhatsApp group TI ES, or e-mail to the organs. */
public enum Channel {
  WHATSAPP,
  EMAIL
}
