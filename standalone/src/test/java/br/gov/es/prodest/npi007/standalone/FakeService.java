package br.gov.es.prodest.npi007.standalone;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Stands in for a service's runnable jar: serves an UP actuator health on the port its module's
 * setting names, once it has been given our broker. Self-contained (JDK only), so a test can pack
 * it alone into {@code <module>-<version>-exec.jar}.
 */
public final class FakeService {

  private FakeService() {
  }

  public static void main(String[] args) throws Exception {
    String jar = Path.of(System.getProperty("java.class.path")).getFileName().toString();
    String module = jar.substring(0, jar.indexOf("-" + System.getenv("FAKE_VERSION") + "-exec"));
    int port = Integer.parseInt(
        System.getenv("NPI007_" + module.toUpperCase().replace('-', '_') + "_PORT"));
    String kafka = System.getenv("NPI007_KAFKA_BOOTSTRAP_SERVERS");
    HttpServer server = HttpServer.create(
        new InetSocketAddress(System.getenv("NPI007_BIND_ADDRESS"), port), 0);
    server.createContext("/actuator/health", exchange -> {
      byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(kafka == null ? 503 : 200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    System.out.println("started " + module + " with kafka " + kafka + " password "
        + (System.getenv("NPI007_STANDALONE_PASSWORD") != null)
        + " token " + (System.getenv("NPI007_WEBHOOK_TOKEN") != null)
        + " sa-secret " + (System.getenv("NPI007_SERVICE_DESK_SECRET") != null)
        + " delivery-timeout " + System.getenv("NPI007_DELIVERY_TIMEOUT"));
  }
}
