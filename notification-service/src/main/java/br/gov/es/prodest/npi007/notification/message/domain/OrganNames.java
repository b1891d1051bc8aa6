package br.gov.es.prodest.npi007.notification.message.domain;

import java.util.List;
import java.util.Optional;

/** The catalogue of organs in force: the name 6.6 prints for an organ's code, and where organs receive e-mail. */
public interface OrganNames {

  /** The code of PRODEST in the catalogue: it receives every e-mail the organs receive (NPI-007 5.2.2.6). */
  String PRODEST = "PRODEST";

  /** The organ's name, or empty when the catalogue does not know the code. */
  Optional<String> nameOf(String code);

  /** The organ's e-mail addresses; empty when it has none or the code is unknown. */
  List<String> addressesOf(String code);

  /** The addresses of every organ of the catalogue, PRODEST included. */
  List<String> everyAddress();
}
