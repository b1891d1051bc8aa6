package br.gov.es.prodest.npi007.incident.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.incident.ReportIncident;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.avro.incident.ServiceRequestLinked;
import br.gov.es.prodest.npi007.avro.whatsapp.GroupPostDecided;
import br.gov.es.prodest.npi007.avro.whatsapp.GroupPostReceived;
import br.gov.es.prodest.npi007.incident.grouppost.domain.SaNumberPatterns;
import br.gov.es.prodest.npi007.processing.ProcessingTelemetry;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The group-post step of the incident topology (issue 14): a known member's SA number becomes the
 * link of the organ's one incident waiting for an SA, with the post as its evidence, once per post
 * id; anything else links nothing. The register's answer (which incidents wait) is given here; the
 * system test asks the real register.
 */
class GroupPostTopologyTest {

  private static final AvroCodec CODEC = AvroCodec.instance();
  private static final Instant POSTED_AT = Instant.parse("2026-12-05T13:02:00Z");

  @TempDir
  Path stateDir;

  private final List<String> outcomes = new ArrayList<>();

  @Test
  void an_sa_number_posted_by_a_member_links_the_organs_waiting_incident_once() {
    String incident = UUID.randomUUID().toString();
    try (TopologyTestDriver driver = driver(Map.of("SESA", List.of(incident)))) {
      report(driver, incident);
      GroupPostReceived post = post("wamid.sa", "SESA", "Bom dia! SA 123456");

      pipe(driver, post);
      pipe(driver, post);

      List<ServiceRequestLinked> links = linkEvents(driver);
      assertThat(links).hasSize(1);
      ServiceRequestLinked linked = links.get(0);
      assertThat(linked.getEnvelope().getAggregateId()).isEqualTo(incident);
      assertThat(linked.getSaNumber()).isEqualTo("123456");
      assertThat(linked.getPostId()).isEqualTo("wamid.sa");
      assertThat(linked.getPostedAt()).isEqualTo(POSTED_AT);
      assertThat(linked.getPostText()).isEqualTo("Bom dia! SA 123456");
      assertThat(linked.getPostedBy()).isEqualTo("Maria Souza");
      assertThat(linked.getEnvelope().getOrigin()).isEqualTo(Origin.WHATSAPP);
      assertThat(linked.getEnvelope().getActor().getOrgan()).isEqualTo("SESA");
      assertThat(outcomes).as("a provider's resend is decided once").containsExactly("sa-linked");
      List<GroupPostDecided> decisions = decisions(driver);
      assertThat(decisions).hasSize(1);
      assertThat(decisions.get(0).getPostId()).isEqualTo("wamid.sa");
      assertThat(decisions.get(0).getOutcome()).isEqualTo("sa-linked");
      assertThat(decisions.get(0).getIncidentId()).isEqualTo(incident);
      assertThat(decisions.get(0).getSaNumber()).isEqualTo("123456");
    }
  }

  @Test
  void an_unknown_sender_another_organ_or_a_plain_text_links_nothing() {
    String incident = UUID.randomUUID().toString();
    try (TopologyTestDriver driver = driver(Map.of("SESA", List.of(incident)))) {
      report(driver, incident);

      pipe(driver, post("wamid.stranger", null, "SA 123456"));
      pipe(driver, post("wamid.sedu", "SEDU", "SA 123456"));
      pipe(driver, post("wamid.text", "SESA", "O SIGEFES voltou a cair"));

      assertThat(linkEvents(driver)).isEmpty();
      assertThat(outcomes).containsExactly("ignored", "sa-awaits-team", "possible-report");
      List<GroupPostDecided> decisions = decisions(driver);
      assertThat(decisions).extracting(GroupPostDecided::getOutcome)
          .containsExactly("ignored", "sa-awaits-team", "possible-report");
      assertThat(decisions.get(0).getReason()).isEqualTo("remetente fora do cadastro de membros do grupo");
      assertThat(decisions.get(1).getCandidates()).as("SEDU has no incident waiting for an SA").isEmpty();
    }
  }

  @Test
  void an_undecodable_post_is_a_dead_letter() {
    try (TopologyTestDriver driver = driver(Map.of())) {
      driver.createInputTopic(Topics.GROUP_POSTS.name(), new ByteArraySerializer(), new ByteArraySerializer())
          .pipeInput("wamid.x".getBytes(StandardCharsets.UTF_8), "não é avro".getBytes(StandardCharsets.UTF_8));

      assertThat(driver.createOutputTopic(Topics.INCIDENT_SERVICE_DEAD_LETTERS.name(), new ByteArrayDeserializer(),
          new ByteArrayDeserializer()).readRecordsToList()).hasSize(1);
      assertThat(outcomes).isEmpty();
    }
  }

  private TopologyTestDriver driver(Map<String, List<String>> waiting) {
    GroupPostMatching matching = new GroupPostMatching(SaNumberPatterns.defaults(),
        organ -> waiting.getOrDefault(organ, List.of()), true, outcomes::add);
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "npi007-incident-service");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9");
    config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    return new TopologyTestDriver(
        IncidentCommandTopology.addTo(new StreamsBuilder(), ProcessingTelemetry.unobserved(), matching).build(), config);
  }

  private static void report(TopologyTestDriver driver, String incident) {
    TestInputTopic<byte[], byte[]> commands = driver.createInputTopic(Topics.INCIDENT_COMMANDS.name(),
        new ByteArraySerializer(), new ByteArraySerializer());
    CommandMetadata metadata = new CommandMetadata(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
        POSTED_AT.minusSeconds(600), new Actor("team", Role.TEAM, "PRODEST", null), Origin.API, null);
    commands.pipeInput(incident.getBytes(StandardCharsets.UTF_8), CODEC.encode(new ReportIncident(metadata, incident,
        "SIGEFES " + incident, "SESA", "Fora do ar", ReportSource.WHATSAPP_GROUP, "Maria Souza", null, null, null, null, null, null)));
  }

  private static void pipe(TopologyTestDriver driver, GroupPostReceived post) {
    driver.createInputTopic(Topics.GROUP_POSTS.name(), new ByteArraySerializer(), new ByteArraySerializer())
        .pipeInput(post.getPostId().getBytes(StandardCharsets.UTF_8), CODEC.encode(post));
  }

  private static List<ServiceRequestLinked> linkEvents(TopologyTestDriver driver) {
    return driver.createOutputTopic(Topics.INCIDENT_EVENTS.name(), new ByteArrayDeserializer(),
            new ByteArrayDeserializer()).readValuesToList().stream()
        .map(value -> (SpecificRecord) CODEC.decode(value))
        .filter(ServiceRequestLinked.class::isInstance).map(ServiceRequestLinked.class::cast).toList();
  }

  private static List<GroupPostDecided> decisions(TopologyTestDriver driver) {
    return driver.createOutputTopic(Topics.GROUP_POST_DECISIONS.name(), new ByteArrayDeserializer(),
            new ByteArrayDeserializer()).readValuesToList().stream()
        .map(value -> CODEC.decode(value, GroupPostDecided.class)).toList();
  }

  private static GroupPostReceived post(String id, String organ, String text) {
    return GroupPostReceived.newBuilder().setPostId(id).setProvider("cloud-api").setGroup("120363041234567890@g.us")
        .setSender("5527981110000").setSenderName("Maria").setMemberName(organ == null ? null : "Maria Souza")
        .setMemberOrgan(organ).setPostedAt(POSTED_AT).setReceivedAt(POSTED_AT.plusSeconds(1)).setKind("text")
        .setText(text).setReplyTo(null).build();
  }
}
