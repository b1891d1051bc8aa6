package br.gov.es.prodest.npi007.standalone.broker;

import java.nio.file.Path;
import java.util.Properties;

/**
 * The settings of a single-node KRaft cluster: one process is both broker and controller, on
 * 127.0.0.1 only. Internal topics get replication factor and min ISR 1, since there is one node.
 */
final class KraftSettings {

  static final String NODE_ID = "1";

  private KraftSettings() {
  }

  static Properties of(Path logDir, int brokerPort, int controllerPort) {
    Properties props = new Properties();
    props.setProperty("process.roles", "broker,controller");
    props.setProperty("node.id", NODE_ID);
    props.setProperty("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
    props.setProperty("listeners",
        "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
    props.setProperty("advertised.listeners",
        "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
    props.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    props.setProperty("controller.listener.names", "CONTROLLER");
    props.setProperty("inter.broker.listener.name", "PLAINTEXT");
    props.setProperty("log.dirs", logDir.toAbsolutePath().toString());

    // topics are declared by the services that own them
    props.setProperty("auto.create.topics.enable", "false");
    props.setProperty("offsets.topic.replication.factor", "1");
    props.setProperty("transaction.state.log.replication.factor", "1");
    props.setProperty("transaction.state.log.min.isr", "1");
    props.setProperty("share.coordinator.state.topic.replication.factor", "1");
    props.setProperty("share.coordinator.state.topic.min.isr", "1");
    // one machine, a handful of consumers: fewer partitions make the first start quicker
    props.setProperty("offsets.topic.num.partitions", "10");
    props.setProperty("transaction.state.log.num.partitions", "10");
    props.setProperty("group.initial.rebalance.delay.ms", "0");
    // the log cleaner's key map lives in the heap: 128 MiB by default, which was most of this
    // broker's memory; 16 MiB still maps ~700k keys per cleaning pass, plenty for one organisation
    props.setProperty("log.cleaner.dedupe.buffer.size", Integer.toString(16 * 1024 * 1024));

    // after a kill -9 the controller still holds the dead broker's session: keep it short so a
    // restart does not wait for the default 9 s to fence it
    props.setProperty("broker.session.timeout.ms", "3000");
    props.setProperty("broker.heartbeat.interval.ms", "1000");
    return props;
  }
}
