package br.gov.es.prodest.npi007.notification.replay;

import br.gov.es.prodest.npi007.avro.notification.MessageRendered;
import br.gov.es.prodest.npi007.avro.notification.Rendition;
import br.gov.es.prodest.npi007.notification.message.adapter.kafka.NotificationPlacement;
import br.gov.es.prodest.npi007.notification.message.adapter.kafka.RenderingStep;
import br.gov.es.prodest.npi007.notification.message.adapter.organ.OrganCatalogue;
import br.gov.es.prodest.npi007.notification.message.adapter.template.TemplateFiles;
import br.gov.es.prodest.npi007.notification.message.domain.EmailReplication;
import br.gov.es.prodest.npi007.notification.message.domain.MessageProjection;
import br.gov.es.prodest.npi007.notification.message.domain.Notification;
import br.gov.es.prodest.npi007.notification.message.domain.RenderingException;
import br.gov.es.prodest.npi007.notification.message.domain.ReviewPolicy;
import br.gov.es.prodest.npi007.notification.tracking.adapter.kafka.AvroOutboxRecords;
import br.gov.es.prodest.npi007.notification.tracking.application.Outbox;
import br.gov.es.prodest.npi007.notification.tracking.application.OutboxQuery;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import br.gov.es.prodest.npi007.avro.organ.OrganUpdated;
import br.gov.es.prodest.npi007.projection.ProjectionStore;
import br.gov.es.prodest.npi007.projection.RocksDbBudget;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code --npi007.replay=true} (CONTRACTS.md, "Replay"): rebuilds the outbox from the notifications
 * and deliveries topics, renders every incident and maintenance event again through the same
 * projection, and compares each message with the one recorded. No Streams app, no delivery, no
 * producer: it only reads. Exit status 0 when nothing differs, 1 otherwise.
 */
public final class ReplayCommand {

  private final AvroCodec codec = AvroCodec.instance();
  private final ReplaySettings settings;
  private final PrintStream out;
  private final TopicReader reader;
  private final Map<String, MessageRendered> recorded = new HashMap<>();
  private Outbox outbox;
  private final ReplayTally tally = new ReplayTally();

  public ReplayCommand(ReplaySettings settings, PrintStream out) {
    this.settings = settings;
    this.out = out;
    this.reader = new TopicReader(settings.bootstrapServers(), out);
  }

  /** Runs the replay; the exit status. */
  public int run() {
    out.println("Reprodução (somente leitura) a partir do início dos tópicos em " + settings.bootstrapServers());
    Path directory;
    try {
      directory = Files.createTempDirectory("npi007-replay-outbox");
    } catch (IOException e) {
      out.println("Falha na reprodução: " + e);
      return 1;
    }
    // the outbox is rebuilt apart, in a store of its own discarded at the end: the service's is not touched
    try (ProjectionStore store = ProjectionStore.open(directory, Outbox.layout(),
        RocksDbBudget.of(RocksDbBudget.DEFAULT_MEMORY_MB))) {
      outbox = new Outbox(store, new AvroOutboxRecords());
      return replay();
    } finally {
      delete(directory);
    }
  }

  private int replay() {
    long began = System.nanoTime();
    long read = 0;
    try {
      OrganCatalogue organs = OrganCatalogue.shipped();
      read += reader.readAll(Topics.ORGANS, record -> {
        OrganUpdated updated = codec.decode(record.value(), OrganUpdated.class);
        organs.update(updated.getCode(), updated.getName(), updated.getEmails());
      });
      read += reader.readAll(Topics.NOTIFICATIONS, this::recordNotification);
      read += reader.readAll(Topics.DELIVERIES, record -> outbox.applyDelivery(record.value()));
      RenderingStep step = new RenderingStep(new TemplateFiles(settings.templatesDir() == null ? null
          : Path.of(settings.templatesDir())), new MessageProjection.Settings(settings.serviceDeskUrl(),
          ReviewPolicy.ofIds(settings.reviewMessages()), organs, EmailReplication.ofIds(settings.emailReplication()),
          NotificationPlacement.WITH_SUBJECT));
      ReplayMemory memory = new ReplayMemory();
      read += reader.readAll(Topics.INCIDENT_EVENTS, record -> render(step, memory, Topics.INCIDENT_EVENTS, record.value()));
      read += reader.readAll(Topics.MAINTENANCE_EVENTS,
          record -> render(step, memory, Topics.MAINTENANCE_EVENTS, record.value()));
    } catch (RuntimeException e) {
      out.println("Falha na reprodução: " + e);
      return 1;
    }
    summary(read, Duration.ofNanos(System.nanoTime() - began));
    return tally.differences() == 0 ? 0 : 1;
  }

  private static void delete(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }

  private void recordNotification(org.apache.kafka.clients.consumer.ConsumerRecord<byte[], byte[]> record) {
    try {
      var decoded = codec.decode(record.value());
      outbox.applyNotification(record.value());
      if (decoded instanceof MessageRendered rendered) {
        recorded.putIfAbsent(rendered.getNotificationId(), rendered);
      }
    } catch (UndecodableRecordException e) {
      tally.unreadable(out, "notificação ilegível: " + e.getMessage());
    }
  }

  private void render(RenderingStep step, ReplayMemory memory, TopicSpec topic, byte[] value) {
    List<Notification> notifications;
    try {
      notifications = step.apply(topic, value, memory);
    } catch (UndecodableRecordException | RenderingException e) {
      tally.unreadable(out, e.getMessage());
      return;
    }
    for (Notification notification : notifications) {
      compare(codec.decode(step.encode(notification), MessageRendered.class));
    }
  }

  private void compare(MessageRendered again) {
    MessageRendered before = recorded(again);
    if (before == null) {
      tally.difference(out, again.getNotificationId() + " (" + again.getMessageId() + "): não foi registrada");
      return;
    }
    String named = before.getNotificationId() + " (" + again.getMessageId() + ")";
    if (!before.getTemplateVersion().equals(again.getTemplateVersion())) {
      tally.templateChanged(out, named + ": modelo "
          + before.getTemplateVersion() + " → " + again.getTemplateVersion() + "; vale o texto registrado");
    } else if (!texts(before).equals(texts(again))) {
      tally.difference(out, named + ": texto diferente do registrado");
    } else {
      tally.same();
    }
  }

  /**
   * The message recorded for the one rendered again: under its placed id, or, for a message an
   * earlier version rendered, under the unplaced id that version gave it (issue 10). The recorded
   * message keeps its id; only the text is compared.
   */
  private MessageRendered recorded(MessageRendered again) {
    MessageRendered placed = recorded.get(again.getNotificationId());
    return placed != null ? placed
        : recorded.get(Notification.unplacedIdOf(again.getCausationEventId(), again.getMessageId()));
  }

  /** What was said, per channel: subject, text and HTML (recipients follow the catalogue of the day). */
  private static Map<String, List<String>> texts(MessageRendered message) {
    return message.getRenditions().stream().collect(Collectors.toMap(rendition -> rendition.getChannel().name(),
        (Rendition r) -> java.util.Arrays.asList(r.getSubject(), r.getText(), r.getHtml())));
  }

  private void summary(long read, Duration took) {
    Map<String, Long> statuses = outbox.matching(OutboxQuery.ALL).stream()
        .collect(Collectors.groupingBy(entry -> outbox.statusOf(entry).name(), TreeMap::new, Collectors.counting()));
    out.println("Resumo:");
    out.printf("  mensagens renderizadas novamente: %d (iguais: %d, diferentes: %d, com modelo alterado: %d)%n",
        tally.rendered(), tally.same, tally.differences(), tally.templateChanged);
    out.printf("  registros ilegíveis: %d%n", tally.unreadable);
    double seconds = Math.max(took.toNanos(), 1) / 1e9;
    // the same figures, read by `./npi007 bench replay`: records of the five topics, read and processed
    out.printf(Locale.ROOT, "  leitura: %d registros em %.2f s (%.0f registros/s), lidos, projetados e comparados%n",
        read, seconds, read / seconds);
    out.printf("  caixa de saída reconstruída: %d notificações %s%n", recorded.size(), statuses);
    out.println(tally.differences() == 0 ? "Nenhuma diferença: as mesmas projeções e os mesmos bytes. Nada foi enviado."
        : "Há diferenças (acima). Nada foi enviado.");
  }

  /** The rendering step's memory in maps: the replay's own, discarded at the end. */
  private static final class ReplayMemory implements RenderingStep.Memory {
    private final Map<String, String> verdicts = new HashMap<>();
    private final java.util.Set<String> rendered = new java.util.HashSet<>();

    @Override
    public java.util.Optional<String> verdictOf(String incidentId) {
      return java.util.Optional.ofNullable(verdicts.get(incidentId));
    }

    @Override
    public void rememberVerdict(String incidentId, String verdict) {
      verdicts.put(incidentId, verdict);
    }

    @Override
    public boolean firstRendering(String notificationId) {
      return rendered.add(notificationId);
    }
  }

}
