package br.gov.es.prodest.npi007.gateway.organ;

import java.util.List;

/**
 * An organ of the state government that receives the norm's messages.
 *
 * @param code   short code, e.g. SESA; also names its notifier user
 * @param name   full name in Portuguese, as message 6.6 prints it
 * @param emails recipients of the e-mailed messages (6.5 and replications)
 */
public record Organ(String code, String name, List<String> emails) {

  public Organ {
    emails = emails == null ? List.of() : List.copyOf(emails);
  }
}
