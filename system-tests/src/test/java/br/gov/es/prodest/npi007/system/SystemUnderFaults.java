package br.gov.es.prodest.npi007.system;

import br.gov.es.prodest.npi007.standalone.Ports;
import br.gov.es.prodest.npi007.standalone.services.Service;

/**
 * What the fault suite loads, faults and audits: {@link LauncherStack} ({@code ./npi007 up} itself,
 * the default) or {@link FaultStack} (broker and services as separate processes).
 */
interface SystemUnderFaults extends AutoCloseable {

  /** The free ports it was started on. */
  Ports ports();

  default String gatewayUrl() {
    return "http://127.0.0.1:" + ports().gateway();
  }

  default String bootstrapServers() {
    return "127.0.0.1:" + ports().kafka();
  }

  boolean isHealthy(Service service);

  @Override
  void close();
}
