package br.gov.es.prodest.npi007.maintenance.application;

import br.gov.es.prodest.npi007.maintenance.domain.ComponentKey;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceStatus;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which maintenances a listing shows; a null criterion matches every maintenance. The component
 * matches as normalised ("sigefes" finds "SIGEFES"); the unit by its code (issue 15).
 */
public record MaintenanceFilter(When when, String component, String status, String unit) {

  public static final MaintenanceFilter ALL = new MaintenanceFilter(null, null, null, null);

  public MaintenanceFilter(When when, String component, String status) {
    this(when, component, status, null);
  }

  /** Upcoming: not closed and not started; in progress; past: closed. */
  public enum When {
    UPCOMING("upcoming"), IN_PROGRESS("in-progress"), PAST("past");

    private final String parameter;

    When(String parameter) {
      this.parameter = parameter;
    }

    public static Optional<When> parse(String parameter) {
      return Arrays.stream(values()).filter(when -> when.parameter.equals(parameter)).findFirst();
    }

    public String parameter() {
      return parameter;
    }

    boolean includes(MaintenanceStatus status) {
      return switch (this) {
        case UPCOMING -> status.beforeStart();
        case IN_PROGRESS -> status == MaintenanceStatus.IN_PROGRESS;
        case PAST -> status.closed();
      };
    }
  }

  boolean matches(MaintenanceView view) {
    return (when == null || when.includes(view.status()))
        && (component == null || ComponentKey.of(component).equals(ComponentKey.of(view.component())))
        && (status == null || status.equals(view.status().name()))
        && (unit == null || unit.equals(view.unit()));
  }
}
