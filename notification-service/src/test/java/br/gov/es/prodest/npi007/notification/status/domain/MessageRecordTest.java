package br.gov.es.prodest.npi007.notification.status.domain;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.MessageApproved;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.MessageEdited;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.MessagePostedManually;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.MessageRendered;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An incident's public updates: the texts of 6.3 and 6.4 as ASCOM approved them, never before. */
class MessageRecordTest {

  static final Instant RENDERED = Instant.parse("2026-12-04T13:20:00Z");
  static final Instant APPROVED = Instant.parse("2026-12-04T13:31:00Z");
  static final String RENDERED_TEXT = "*Instabilidade no SIGA*\nNossa equipe está trabalhando.";
  static final String EDITED_TEXT = "*Instabilidade no SIGA*\nNossa equipe técnica já está trabalhando.";

  @Test
  void aMessageUnderReviewIsNotPublic() {
    MessageRecord pending = MessageRecord.fold(List.of(rendered("6.3", true)));

    assertThat(pending.isPublished()).isFalse();
    assertThat(MessageRecord.fold(List.of(rendered("6.3", true), edited())).isPublished()).isFalse();
  }

  @Test
  void anApprovedMessageIsPublicFromTheApproval_withItsEditsAndWithoutTheBoldMarkers() {
    MessageRecord approved = MessageRecord.fold(List.of(rendered("6.3", true), edited(),
        new MessageApproved("n-1", 3, APPROVED)));

    assertThat(approved.isPublished()).isTrue();
    assertThat(approved.publishedAt()).isEqualTo(APPROVED);
    assertThat(approved.publicText()).isEqualTo("Instabilidade no SIGA\nNossa equipe técnica já está trabalhando.");
    assertThat(approved.isIncidentUpdate()).isTrue();
  }

  @Test
  void aMessageSentWithoutReviewIsPublicFromItsRendering() {
    MessageRecord auto = MessageRecord.fold(List.of(rendered("6.4", false), new MessageApproved("n-1", 2, APPROVED)));

    assertThat(auto.publishedAt()).isEqualTo(RENDERED);
    assertThat(auto.publicText()).isEqualTo("Instabilidade no SIGA\nNossa equipe está trabalhando.");
  }

  @Test
  void aMessagePostedByHandIsPublicFromThen_andARepeatChangesNothing() {
    MessageRecord posted = MessageRecord.fold(List.of(rendered("6.3", true),
        new MessagePostedManually("n-1", 2, APPROVED)));

    assertThat(posted.publishedAt()).isEqualTo(APPROVED);
    assertThat(posted.after(new MessagePostedManually("n-1", 2, APPROVED.plusSeconds(60)))).isEqualTo(posted);
  }

  @Test
  void withoutAWhatsAppText_theEmailTextIsShown_andOnly63And64AreUpdates() {
    MessageRecord emailOnly = MessageRecord.fold(List.of(new MessageRendered("n-2", 1, "6.3", "i-1", null, "Título",
        null, "Texto do e-mail.", false, RENDERED)));

    assertThat(emailOnly.publicText()).isEqualTo("Texto do e-mail.");
    assertThat(MessageRecord.fold(List.of(rendered("6.6", false))).isIncidentUpdate()).isFalse();
    assertThat(MessageRecord.fold(List.of(rendered("6.2", false))).isIncidentUpdate()).isFalse();
  }

  private static MessageRendered rendered(String type, boolean reviewRequired) {
    return new MessageRendered("n-1", 1, type, "i-1", null, "Instabilidade no SIGA", RENDERED_TEXT, "E-mail.",
        reviewRequired, RENDERED);
  }

  private static MessageEdited edited() {
    return new MessageEdited("n-1", 2, EDITED_TEXT, null, APPROVED);
  }
}
