package br.gov.es.prodest.npi007.notification.message.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A notification's id: placed with its subject, from the causing event and the message alone. */
class PlacementTest {

  /** A rule of homes as the infrastructure might have them: the id's and the subject's first hex digit agree mod 3. */
  private static final Placement BY_FIRST_DIGIT = Placement.by((id, subject) -> home(id) == home(subject));

  @Test
  void aPlacedIdIsTheFirstCandidateThatLivesWithItsSubject() {
    String id = Notification.idOf("event-1", MessageTemplate.RECEIPT_ACKNOWLEDGEMENT, "a-incident", BY_FIRST_DIGIT);

    assertThat(home(id)).isEqualTo(home("a-incident"));
    int candidate = 0;
    while (!nameUuid("event-1/6.1/" + candidate).equals(id)) {
      assertThat(home(nameUuid("event-1/6.1/" + candidate))).isNotEqualTo(home("a-incident"));
      candidate++;
    }
  }

  @Test
  void theSameEventAndMessageNameTheSameNotification_soARetryOrAReplayRendersNothingNew() {
    assertThat(Notification.idOf("event-1", MessageTemplate.SERVICE_RESTORED, "b-incident", BY_FIRST_DIGIT))
        .isEqualTo(Notification.idOf("event-1", MessageTemplate.SERVICE_RESTORED, "b-incident", BY_FIRST_DIGIT));
  }

  @Test
  void withoutPlacementTheIdIsTheEarlierVersions() {
    assertThat(Notification.idOf("event-1", MessageTemplate.RECEIPT_ACKNOWLEDGEMENT, "a-incident", Placement.NONE))
        .isEqualTo(Notification.unplacedIdOf("event-1", "6.1"))
        .isEqualTo(nameUuid("event-1/6.1"));
  }

  private static int home(String key) {
    return Character.digit(key.charAt(0), 16) % 3;
  }

  private static String nameUuid(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
