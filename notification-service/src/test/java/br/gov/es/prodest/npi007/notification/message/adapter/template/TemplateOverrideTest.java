package br.gov.es.prodest.npi007.notification.message.adapter.template;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.MessageFacts;
import br.gov.es.prodest.npi007.notification.message.domain.MessageRenderer;
import br.gov.es.prodest.npi007.notification.message.domain.MessageTemplate;
import br.gov.es.prodest.npi007.notification.message.domain.RenderedMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ASCOM edits a template in its directory: the next message follows, without a restart. */
class TemplateOverrideTest {

  private static final MessageFacts FACTS = MessageFacts.receiptAcknowledgement(
      "Portal do Servidor", "https://servicedesk.prodest.es.gov.br", Instant.parse("2025-03-15T02:30:00Z"));

  @TempDir
  Path ascomDirectory;

  @Test
  void anEditedTemplateChangesNewMessagesAndTheirVersion() throws IOException {
    TemplateFiles templates = new TemplateFiles(ascomDirectory);
    RenderedMessage before = render(templates);

    Files.writeString(ascomDirectory.resolve("6.1.txt"),
        "Prezado, recebemos sua notificação sobre o {{component}}.\r\n\r\nAbra uma SA em {{serviceDeskUrl}}.\r\n",
        StandardCharsets.UTF_8);
    RenderedMessage after = render(templates);

    assertThat(after.on(Channel.WHATSAPP).orElseThrow().text()).isEqualTo("""
        Prezado, recebemos sua notificação sobre o Portal do Servidor.

        Abra uma SA em https://servicedesk.prodest.es.gov.br.""");
    assertThat(after.templateVersion()).hasSize(12).isNotEqualTo(before.templateVersion());
    assertThat(render(new TemplateFiles(null)).templateVersion()).isEqualTo(before.templateVersion());
  }

  @Test
  void aTemplateNamingAnUnknownFactIsIgnoredForTheShippedOne() throws IOException {
    TemplateFiles templates = new TemplateFiles(ascomDirectory);
    Files.writeString(ascomDirectory.resolve("6.1.txt"), "Prezado, {{componente}} fora do ar.", StandardCharsets.UTF_8);

    assertThat(render(templates)).isEqualTo(render(new TemplateFiles(null)));
  }

  private static RenderedMessage render(TemplateFiles templates) {
    return MessageRenderer.render(templates.current(MessageTemplate.RECEIPT_ACKNOWLEDGEMENT), FACTS);
  }
}
