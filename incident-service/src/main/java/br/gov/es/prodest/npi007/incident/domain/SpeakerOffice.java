package br.gov.es.prodest.npi007.incident.domain;

import java.util.Arrays;
import java.util.Optional;

/** Who may post a statement in the group. NPI-007 5.2.3: "o presidente, o diretor ou o gerente". */
public enum SpeakerOffice {
  PRESIDENT, DIRECTOR, MANAGER;

  /** The office of this name, or empty for a name that is none of the three (a newer writer's, say). */
  public static Optional<SpeakerOffice> named(String name) {
    return Arrays.stream(values()).filter(office -> office.name().equals(name)).findFirst();
  }
}
