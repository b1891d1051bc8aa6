package br.gov.es.prodest.npi007.notification.message.domain;

import java.util.Optional;

/** The catalogue of organs: the name 6.6 prints for an organ's code. */
public interface OrganNames {

  /** The organ's name, or empty when the catalogue does not know the code. */
  Optional<String> nameOf(String code);
}
