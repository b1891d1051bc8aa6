package br.gov.es.prodest.npi007.gateway.incident.lifecycle;

/** Who posts a statement in the group (NPI-007 5.2.3: "o presidente, o diretor ou o gerente"), as the API names it. */
public enum SpeakerOffice {
  PRESIDENT,
  DIRECTOR,
  MANAGER
}
