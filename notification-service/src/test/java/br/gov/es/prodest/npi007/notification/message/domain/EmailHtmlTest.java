package br.gov.es.prodest.npi007.notification.message.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a user typed reaches the e-mail's HTML as text, never as markup. */
class EmailHtmlTest {

  private static final Template NOTICE = Template.of(MessageTemplate.UNAVAILABILITY_NOTICE, """
      PRODEST Informa: Aviso de Indisponibilidade

      Prezados, detectamos uma instabilidade no {{component}} que pode afetar {{impact}}.

      Data/Hora: {{dateTime}}
      """.getBytes(StandardCharsets.UTF_8));

  @Test
  void userTextIsEscaped() {
    RenderedMessage message = MessageRenderer.render(NOTICE, MessageFacts.unavailabilityNotice(
        "<script>alert('x')</script> & \"Cia\"", "acesso <b>total</b>", Instant.parse("2025-03-15T02:30:00Z")));

    ChannelText email = message.on(Channel.EMAIL).orElseThrow();
    assertThat(email.html())
        .contains("<p>Prezados, detectamos uma instabilidade no &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; "
            + "&amp; &quot;Cia&quot; que pode afetar acesso &lt;b&gt;total&lt;/b&gt;.</p>")
        .contains("<p><strong>PRODEST Informa: Aviso de Indisponibilidade</strong></p>")
        .doesNotContain("<script>", "<b>");
    assertThat(email.text()).contains("no <script>alert('x')</script> & \"Cia\" que pode afetar acesso <b>total</b>.");
  }

  @Test
  void aMessageLongerThanWhatsAppAcceptsIsNotRendered() {
    MessageFacts facts = MessageFacts.unavailabilityNotice("x".repeat(MessageRenderer.WHATSAPP_MAX_LENGTH), "acesso",
        Instant.parse("2025-03-15T02:30:00Z"));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> MessageRenderer.render(NOTICE, facts))
        .isInstanceOf(RenderingException.class)
        .hasMessageContaining("4096");
  }
}
