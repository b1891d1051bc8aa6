package br.gov.es.prodest.npi007.standalone;

import br.gov.es.prodest.npi007.standalone.services.Service;
import java.util.HashMap;
import java.util.Map;

/**
 * The environment a service starts with (docs/CONTRACTS.md): our broker, our data directory, its
 * port and its peers' addresses, all on 127.0.0.1. A child process inherits this process's whole
 * environment beneath these, so every other setting of the contracts (delivery providers, SMTP,
 * e-mail replication, review, maintenance notice and reminders, the WhatsApp webhook's secrets)
 * reaches the services as it was set for {@code ./npi007 up}; the stack's own service environment
 * (a test's SMTP server, say) comes last and wins.
 */
final class ServiceEnvironment {

  private ServiceEnvironment() {
  }

  static Map<String, String> of(Service service, StandaloneSettings settings,
      String bootstrapServers, Map<GatewaySecret, String> secrets, String subscriptionSecret) {
    Ports ports = settings.ports();
    Map<String, String> env = new HashMap<>();
    env.put("NPI007_KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
    env.put("NPI007_DATA_DIR", settings.dataDir().toString());
    env.put("NPI007_BIND_ADDRESS", "127.0.0.1");
    // the service stops once this launcher is gone, even after a kill -9 of it (issue 16: no orphans)
    env.put("NPI007_LAUNCHER_PID", Long.toString(ProcessHandle.current().pid()));
    // each service also logs to <dir>/<service>.log, rotated (operator-settings); the launcher's own log is npi007.log there
    env.put("NPI007_LOG_DIR", settings.logDir().toString());
    env.put("NPI007_GATEWAY_PORT", Integer.toString(ports.gateway()));
    env.put("NPI007_INCIDENT_SERVICE_PORT", Integer.toString(ports.incidentService()));
    env.put("NPI007_NOTIFICATION_SERVICE_PORT", Integer.toString(ports.notificationService()));
    env.put("NPI007_MAINTENANCE_SERVICE_PORT", Integer.toString(ports.maintenanceService()));
    env.put("NPI007_INCIDENT_SERVICE_URL", url(ports.incidentService()));
    env.put("NPI007_NOTIFICATION_SERVICE_URL", url(ports.notificationService()));
    env.put("NPI007_MAINTENANCE_SERVICE_URL", url(ports.maintenanceService()));
    if (service == Service.GATEWAY) {
      secrets.forEach((secret, value) -> env.put(secret.variable(), value));
    }
    if (service == Service.GATEWAY || service == Service.NOTIFICATION_SERVICE) {
      // the status subscriptions' links: mailed by the one, checked by the other, with one key
      env.put(SubscriptionSecret.VARIABLE, subscriptionSecret);
    }
    if (service == Service.NOTIFICATION_SERVICE && System.getenv("NPI007_PUBLIC_URL") == null) {
      env.put("NPI007_PUBLIC_URL", url(ports.gateway()));
    }
    env.putAll(settings.serviceEnvironment());
    return env;
  }

  private static String url(int port) {
    return "http://127.0.0.1:" + port;
  }
}
