package br.gov.es.prodest.npi007.schemas;

/**
 * Where an incident lives. An incident opened by a report gets an id that lands on the partition of
 * its normalised component in {@link Topics#INCIDENT_COMMANDS}: the report, the component's open
 * incident (a second report joins it) and the incident's state then meet in one Kafka Streams task,
 * and the report is decided in one exactly-once hop, with no repartition (issue 10). An id that does
 * not land there (an incident of an earlier version, an id a client chose) still works: the
 * incident-service routes it through its repartition topics, one hop more.
 */
public final class IncidentPlacement {

  private IncidentPlacement() {
  }

  /** The partition of {@link Topics#INCIDENT_COMMANDS} that owns a component's reports. */
  public static int partitionOfComponent(String component) {
    return Topics.INCIDENT_COMMANDS.partitionOf(ComponentKey.of(component));
  }

  /** True when an incident id lives on its component's partition. */
  public static boolean colocated(String incidentId, String component) {
    return Topics.INCIDENT_COMMANDS.partitionOf(incidentId) == partitionOfComponent(component);
  }

  /**
   * The id of a new incident of {@code component}, derived from {@code seed} alone (a retry with the
   * same seed names the same incident), landing on the component's partition ({@link TopicSpec#idOn}).
   */
  public static String incidentId(String seed, String component) {
    return Topics.INCIDENT_COMMANDS.idOn(partitionOfComponent(component), seed);
  }
}
