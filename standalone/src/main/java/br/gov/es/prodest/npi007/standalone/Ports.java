package br.gov.es.prodest.npi007.standalone;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The TCP ports of the stack, all on 127.0.0.1. The broker's controller listens on the port after
 * the broker's ({@code kafka + 1}).
 */
public record Ports(int kafka, int gateway, int incidentService, int notificationService,
    int maintenanceService) {

  /** The ports of docs/CONTRACTS.md, each overridable by its environment variable. */
  public static Ports fromEnvironment(Map<String, String> env) {
    return new Ports(
        port(env, "NPI007_KAFKA_PORT", 9092),
        port(env, "NPI007_GATEWAY_PORT", 8080),
        port(env, "NPI007_INCIDENT_SERVICE_PORT", 8181),
        port(env, "NPI007_NOTIFICATION_SERVICE_PORT", 8182),
        port(env, "NPI007_MAINTENANCE_SERVICE_PORT", 8183));
  }

  /** Ports free right now, for tests that run beside other stacks. */
  public static Ports free() {
    return new Ports(freePortPair(), freePort(), freePort(), freePort(), freePort());
  }

  public int controller() {
    return kafka + 1;
  }

  /** Fails, naming the setting, if any port is already taken (by an earlier run, say). */
  public void requireFree() {
    Map<String, Integer> byName = new LinkedHashMap<>();
    byName.put("NPI007_KAFKA_PORT", kafka);
    byName.put("NPI007_KAFKA_PORT + 1 (controlador)", controller());
    byName.put("NPI007_GATEWAY_PORT", gateway);
    byName.put("NPI007_INCIDENT_SERVICE_PORT", incidentService);
    byName.put("NPI007_NOTIFICATION_SERVICE_PORT", notificationService);
    byName.put("NPI007_MAINTENANCE_SERVICE_PORT", maintenanceService);
    byName.forEach((name, port) -> {
      if (!isFree(port)) {
        throw new IllegalStateException("A porta " + port + " (" + name + ") já está em uso em "
            + "127.0.0.1; encerre o processo que a usa ou escolha outra porta.");
      }
    });
  }

  private static int port(Map<String, String> env, String name, int defaultPort) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return defaultPort;
    }
    try {
      int port = Integer.parseInt(value.strip());
      if (port < 1 || port > 65534) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " deve ser uma porta entre 1 e 65534: " + value);
    }
  }

  /** A port free on 127.0.0.1 now (the stack's, and the tests' stand-in servers'). */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("Nenhuma porta livre em 127.0.0.1", e);
    }
  }

  private static int freePortPair() {
    while (true) {
      int port = freePort();
      if (port < 65535 && isFree(port + 1)) {
        return port;
      }
    }
  }

  private static boolean isFree(int port) {
    try (ServerSocket ignored = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
