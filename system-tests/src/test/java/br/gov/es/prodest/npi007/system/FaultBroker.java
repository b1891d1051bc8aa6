package br.gov.es.prodest.npi007.system;

import br.gov.es.prodest.npi007.standalone.broker.SingleNodeBroker;
import java.nio.file.Path;

/**
 * The fault suite's broker JVM: the standalone's single-node broker on a log dir and port, until
 * killed (kill -9) or asked to stop (SIGTERM, a clean shutdown).
 */
public final class FaultBroker {

  private FaultBroker() {
  }

  public static void main(String[] args) throws InterruptedException {
    SingleNodeBroker broker = SingleNodeBroker.start(Path.of(args[0]), Integer.parseInt(args[1]));
    Runtime.getRuntime().addShutdownHook(new Thread(broker::close));
    System.out.println("broker pronto em " + broker.bootstrapServers());
    Thread.currentThread().join();
  }
}
