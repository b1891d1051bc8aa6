package br.gov.es.prodest.npi007.gateway.unit;

/** What a functional unit is (NPI-007 section 4). */
public enum UnitKind {
  /** GESIT, GEDAD, GEPTIC, GEITIC, GEINT: the teams that handle incidents (5.2). */
  TECHNICAL_UNIT,
  /** DIGER, DSTEM, DSADM: the directorates whose managers post the statements of 5.2.3. */
  DIRECTORATE,
  /** ASCOM: reviews and posts the messages (5.2.2). */
  COMMUNICATION
}
