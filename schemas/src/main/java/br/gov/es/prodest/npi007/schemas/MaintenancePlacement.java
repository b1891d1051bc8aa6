package br.gov.es.prodest.npi007.schemas;

/**
 * Where a maintenance lives. A new maintenance gets an id that lands on the partition of its
 * normalised component in {@link Topics#MAINTENANCE_COMMANDS}: every maintenance of one component
 * is then decided by one Kafka Streams task, which sees each window as soon as it decides it, so
 * two requests of one component flag their overlap however close together they arrive (issue 14).
 * A maintenance whose id does not land there (one of an earlier version) is still decided by the
 * owner of its id's partition; the others see its window through the maintenance register.
 */
public final class MaintenancePlacement {

  private MaintenancePlacement() {
  }

  /** The partition of {@link Topics#MAINTENANCE_COMMANDS} that decides a component's maintenances. */
  public static int partitionOfComponent(String component) {
    return Topics.MAINTENANCE_COMMANDS.partitionOf(ComponentKey.of(component));
  }

  /** The id of a new maintenance of {@code component}, derived from {@code seed} alone, on the component's partition. */
  public static String maintenanceId(String seed, String component) {
    return Topics.MAINTENANCE_COMMANDS.idOn(partitionOfComponent(component), seed);
  }
}
