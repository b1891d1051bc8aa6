package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.schemas.Topics;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.KafkaStreamsInfrastructureCustomizer;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;

/**
 * The Kafka Streams app of the incident aggregate: incident commands in; events, results and dead
 * letters out; one changelogged store of each incident's events. Settings (application id,
 * exactly_once_v2, state dir) are in application.yml.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
public class IncidentCommandTopology {

  static final String HISTORIES = "incident-event-histories";
  static final String COMMANDS = "incident-commands";
  static final String PROCESSOR = "incident-command-processor";
  static final String EVENTS = "incident-events";
  static final String RESULTS = "incident-command-results";
  static final String DEAD_LETTERS = "incident-dead-letters";

  @Bean
  StreamsBuilderFactoryBeanConfigurer incidentCommandProcessing() {
    return factory -> factory.setInfrastructureCustomizer(new KafkaStreamsInfrastructureCustomizer() {
      @Override
      public void configureTopology(Topology topology) {
        addTo(topology);
      }
    });
  }

  /** Adds the command processor to a topology; the names above are its nodes, not topics. */
  static Topology addTo(Topology topology) {
    ByteArrayDeserializer bytesIn = new ByteArrayDeserializer();
    ByteArraySerializer bytesOut = new ByteArraySerializer();
    return topology
        .addSource(COMMANDS, bytesIn, bytesIn, Topics.INCIDENT_COMMANDS.name())
        .addProcessor(PROCESSOR, IncidentCommandProcessor::new, COMMANDS)
        .addStateStore(Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(HISTORIES), Serdes.String(), Serdes.ByteArray()), PROCESSOR)
        .addSink(EVENTS, Topics.INCIDENT_EVENTS.name(), bytesOut, bytesOut, PROCESSOR)
        .addSink(RESULTS, Topics.INCIDENT_COMMAND_RESULTS.name(), bytesOut, bytesOut, PROCESSOR)
        .addSink(DEAD_LETTERS, Topics.INCIDENT_SERVICE_DEAD_LETTERS.name(), bytesOut, bytesOut, PROCESSOR);
  }
}
