package br.gov.es.prodest.npi007.system;

import br.gov.es.prodest.npi007.standalone.services.Service;

/**
 * What the fault suite loads, faults and audits: {@link LauncherStack} ({@code ./npi007 up} itself,
 * the default) or {@link FaultStack} (broker and services as separate processes).
 */
interface SystemUnderFaults extends AutoCloseable {

  String gatewayUrl();

  String bootstrapServers();

  boolean isHealthy(Service service);

  @Override
  void close();
}
