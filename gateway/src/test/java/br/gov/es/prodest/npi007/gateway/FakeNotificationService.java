package br.gov.es.prodest.npi007.gateway;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.notification.ApproveMessage;
import br.gov.es.prodest.npi007.avro.notification.MarkMessagePosted;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.specific.SpecificRecordBase;
import org.springframework.beans.factory.annotation.Value;

/**
 * Stands in for the notification-service's outbox on the real broker: ApproveMessage makes a
 * notification the test has {@link #open opened} APPROVED, MarkMessagePosted makes it
 * POSTED_MANUALLY (else NOTIFICATION_NOT_FOUND), as {@link FakeCommandService} plays them; a
 * notification the test {@link #silence silenced} gets no answer.
 */
public class FakeNotificationService extends FakeCommandService {

  private final Set<String> silenced = ConcurrentHashMap.newKeySet();

  public FakeNotificationService(@Value("${spring.kafka.bootstrap-servers}") String bootstrapServers) {
    super("fake-notification-service", bootstrapServers, Topics.NOTIFICATION_COMMANDS,
        Topics.NOTIFICATION_COMMAND_RESULTS);
  }

  /** The commands of one type addressed to one notification. */
  public <T extends SpecificRecord> List<T> commands(Class<T> type, String notificationId) {
    return commands(type, "notificationId", notificationId);
  }

  /** Commands on this notification get no result from now on. */
  public void silence(String notificationId) {
    silenced.add(notificationId);
  }

  @Override
  protected Optional<CommandResult> decide(SpecificRecord command) {
    SpecificRecordBase record = (SpecificRecordBase) command;
    String notificationId = String.valueOf(record.get("notificationId"));
    if (silenced.contains(notificationId)) {
      return Optional.empty();
    }
    return Optional.of(decideOnAggregate((CommandMetadata) record.get("metadata"), notificationId,
        status -> statusAfter(command, status),
        "NOTIFICATION_NOT_FOUND", "Notificação " + notificationId + " não encontrada."));
  }

  private static String statusAfter(SpecificRecord command, String status) {
    if (command instanceof ApproveMessage) {
      return "APPROVED";
    }
    if (command instanceof MarkMessagePosted) {
      return "POSTED_MANUALLY";
    }
    return status;
  }
}
