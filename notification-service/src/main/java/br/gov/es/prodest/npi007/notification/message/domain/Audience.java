package br.gov.es.prodest.npi007.notification.message.domain;

import java.util.List;
import java.util.stream.Stream;

/** Which organs receive a message by e-mail (CONTRACTS.md, "Recipients"). */
public sealed interface Audience {

  /** Their addresses in the catalogue in force: sorted, distinct. */
  List<String> addresses(OrganNames organs);

  /** Every organ of the catalogue, PRODEST included (NPI-007 5.2.2.6). */
  record EveryOrgan() implements Audience {
    @Override
    public List<String> addresses(OrganNames organs) {
      return organs.everyAddress();
    }
  }

  /** The one organ affected, and PRODEST. */
  record AffectedOrgan(String code) implements Audience {
    @Override
    public List<String> addresses(OrganNames organs) {
      return Stream.concat(organs.addressesOf(code).stream(), organs.addressesOf(OrganNames.PRODEST).stream())
          .sorted().distinct().toList();
    }
  }

  static Audience everyOrgan() {
    return new EveryOrgan();
  }

  /** The affected organ and PRODEST; every organ when the organ is not known. */
  static Audience affected(String code) {
    return code == null || code.isBlank() ? new EveryOrgan() : new AffectedOrgan(code);
  }
}
