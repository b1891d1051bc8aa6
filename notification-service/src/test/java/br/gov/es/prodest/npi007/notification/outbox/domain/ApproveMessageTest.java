package br.gov.es.prodest.npi007.notification.outbox.domain;

import br.gov.es.prodest.npi007.aggregate.CommandMetadata;
import br.gov.es.prodest.npi007.aggregate.CommandRejected.Kind;
import br.gov.es.prodest.npi007.aggregate.Origin;
import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import java.util.List;
import org.junit.jupiter.api.Test;
import static br.gov.es.prodest.npi007.notification.outbox.domain.Scenario.approve;
import static br.gov.es.prodest.npi007.notification.outbox.domain.Scenario.approvedBy;
import static br.gov.es.prodest.npi007.notification.outbox.domain.Scenario.envelope;
import static br.gov.es.prodest.npi007.notification.outbox.domain.Scenario.given;
import static br.gov.es.prodest.npi007.notification.outbox.domain.Scenario.pendingReview;
import static br.gov.es.prodest.npi007.notification.outbox.domain.Scenario.postedBy;
import static org.assertj.core.api.Assertions.assertThat;

class ApproveMessageTest {

  private static final String EDITED = "*PRODEST Informa: Aviso*\n\nO Portal está fora do ar desde as 2h.";

  @Test
  void approvingAsRenderedApprovesIt() {
    Scenario scenario = given(pendingReview()).when(approve("c-1"));

    assertThat(scenario.thenEvents()).containsExactly(new MessageApproved(envelope("c-1", 2)));
    assertThat(scenario.thenState().status()).isEqualTo(NotificationStatus.APPROVED);
    assertThat(scenario.thenState().version()).isEqualTo(2);
  }

  @Test
  void approvingWithAnEditRecordsTheEditThenTheApproval() {
    Scenario scenario = given(pendingReview()).when(approve("c-1", new TextEdit(Channel.WHATSAPP, null, EDITED)));

    assertThat(scenario.thenEvents()).containsExactly(
        new MessageEdited(envelope("c-1", 2), List.of(new ChannelText(Channel.WHATSAPP, null, EDITED, null))),
        new MessageApproved(envelope("c-1", 3)));
    assertThat(scenario.thenState().texts().get(Channel.WHATSAPP).text()).isEqualTo(EDITED);
    assertThat(scenario.thenState().texts().get(Channel.EMAIL).text()).isEqualTo(Scenario.EMAIL_TEXT);
  }

  @Test
  void anEditedEmailGetsItsHtmlDerivedAgainEscapedAndKeepsItsSubject() {
    String edited = Scenario.SUBJECT + "\n\nO <Portal> & o SEP estão fora do ar.";

    Scenario scenario = given(pendingReview()).when(approve("c-1", new TextEdit(Channel.EMAIL, null, edited)));

    ChannelText email = ((MessageEdited) scenario.thenEvents().get(0)).texts().get(0);
    assertThat(email.subject()).isEqualTo(Scenario.SUBJECT);
    assertThat(email.text()).isEqualTo(edited);
    assertThat(email.html()).contains("<p><strong>PRODEST Informa: Aviso</strong></p>")
        .contains("<p>O &lt;Portal&gt; &amp; o SEP estão fora do ar.</p>").doesNotContain("<Portal>");
  }

  @Test
  void anEditedSubjectIsTheEmailsNewSubject() {
    Scenario scenario = given(pendingReview())
        .when(approve("c-1", new TextEdit(Channel.EMAIL, " Novo assunto ", "Novo assunto\n\nTexto.")));

    ChannelText email = ((MessageEdited) scenario.thenEvents().get(0)).texts().get(0);
    assertThat(email.subject()).isEqualTo("Novo assunto");
    assertThat(email.html()).contains("<title>Novo assunto</title>").contains("<p>Texto.</p>");
  }

  @Test
  void anApprovedMessageIsNotApprovedAgain() {
    given(pendingReview(), approvedBy("c-1", 2)).when(approve("c-2")).thenRejected(Kind.CONFLICT, "ALREADY_APPROVED");
  }

  @Test
  void aMessagePostedByHandIsNotApproved() {
    given(pendingReview(), postedBy("c-1", 2, null)).when(approve("c-2"))
        .thenRejected(Kind.CONFLICT, "ALREADY_POSTED");
  }

  @Test
  void anUnknownNotificationIsNotFound() {
    given().when(approve("c-1")).thenRejected(Kind.NOT_FOUND, "NOTIFICATION_NOT_FOUND");
  }

  @Test
  void anEditOfAChannelTheMessageDoesNotHaveIsInvalid() {
    MessageRendered whatsAppOnly = new MessageRendered(pendingReview().envelope(), pendingReview().message(),
        "incident-1", null, "incident-event", "abc123def456", null,
        List.of(new ChannelText(Channel.WHATSAPP, null, "texto", null)), true);

    given(whatsAppOnly).when(approve("c-1", new TextEdit(Channel.EMAIL, null, "texto")))
        .thenRejected(Kind.RULE_VIOLATED, "INVALID_EDIT");
  }

  @Test
  void aBlankTextIsAnInvalidEdit() {
    given(pendingReview()).when(approve("c-1", new TextEdit(Channel.WHATSAPP, null, "  \n ")))
        .thenRejected(Kind.RULE_VIOLATED, "INVALID_EDIT");
  }

  @Test
  void aWhatsAppTextLongerThanWhatsAppAcceptsIsAnInvalidEdit() {
    given(pendingReview()).when(approve("c-1", new TextEdit(Channel.WHATSAPP, null, "a".repeat(4097))))
        .thenRejected(Kind.RULE_VIOLATED, "INVALID_EDIT");
    assertThat(given(pendingReview()).when(approve("c-1", new TextEdit(Channel.WHATSAPP, null, "a".repeat(4096))))
        .thenEvents()).hasSize(2);
  }

  @Test
  void theSameChannelEditedTwiceOrAWhatsAppSubjectIsAnInvalidEdit() {
    given(pendingReview()).when(approve("c-1", new TextEdit(Channel.WHATSAPP, null, "a"),
        new TextEdit(Channel.WHATSAPP, null, "b"))).thenRejected(Kind.RULE_VIOLATED, "INVALID_EDIT");
    given(pendingReview()).when(approve("c-1", new TextEdit(Channel.WHATSAPP, "assunto", "a")))
        .thenRejected(Kind.RULE_VIOLATED, "INVALID_EDIT");
  }

  @Test
  void aRetryIsAcceptedWithNoNewEvents() {
    TextEdit edit = new TextEdit(Channel.WHATSAPP, null, EDITED);
    List<NotificationEvent> first = given(pendingReview()).when(approve("c-1", edit)).thenEvents();

    Scenario retry = given(pendingReview(), first.get(0), first.get(1)).when(approve("c-1", edit));

    assertThat(retry.thenEvents()).isEmpty();
  }

  @Test
  void theSameCommandIdWithOtherContentIsAReusedIdempotencyKey() {
    List<NotificationEvent> first = given(pendingReview()).when(approve("c-1")).thenEvents();

    given(pendingReview(), first.get(0)).when(approve("c-1", new TextEdit(Channel.WHATSAPP, null, EDITED)))
        .thenRejected(Kind.RULE_VIOLATED, "IDEMPOTENCY_KEY_REUSED");
  }

  @Test
  void aStaleExpectedVersionIsAConflict() {
    ApproveMessage stale = new ApproveMessage(new CommandMetadata("c-1", "k", Scenario.NOW, Scenario.ASCOM,
        Origin.API, 5L), Scenario.NOTIFICATION, List.of());

    given(pendingReview()).when(stale).thenRejected(Kind.CONFLICT, "VERSION_MISMATCH");
  }
}
