package br.gov.es.prodest.npi007.standalone.services;

import br.gov.es.prodest.npi007.standalone.Ports;
import java.nio.file.Path;
import java.util.function.ToIntFunction;

/** The four services the standalone runs, each from its module's runnable jar. */
public enum Service {
  INCIDENT_SERVICE("incident-service", Ports::incidentService),
  NOTIFICATION_SERVICE("notification-service", Ports::notificationService),
  MAINTENANCE_SERVICE("maintenance-service", Ports::maintenanceService),
  GATEWAY("gateway", Ports::gateway);

  private final String module;
  private final ToIntFunction<Ports> port;

  Service(String module, ToIntFunction<Ports> port) {
    this.module = module;
    this.port = port;
  }

  public String module() {
    return module;
  }

  public int port(Ports ports) {
    return port.applyAsInt(ports);
  }

  /** The service of that module name. */
  public static Service named(String module) {
    for (Service service : values()) {
      if (service.module.equals(module)) {
        return service;
      }
    }
    throw new IllegalArgumentException("serviço desconhecido: " + module);
  }

  /** The jar production runs: {@code <module>-<version>-exec.jar}. */
  public Path jar(Path servicesDir, String version) {
    return servicesDir.resolve(module + "-" + version + "-exec.jar");
  }
}
