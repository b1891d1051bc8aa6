package br.gov.es.prodest.npi007.delivery.mail;

import br.gov.es.prodest.npi007.delivery.Delivery;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import java.io.IOException;
import java.io.InputStream;

/** Fixtures and readers shared by the e-mail tests. */
final class Mails {

  static final String FROM = "comunicacao@prodest.es.gov.br";
  static final String TO = "ti@saude.es.gov.br";
  static final String SUBJECT = "PRODEST Informa: Manutenção Programada";
  static final String TEXT = "Prezados,\n\nInformamos manutenção no serviço \"E-Docs\" às 22:00.\n"
      + "Descrição do órgão: <script>alert('x')</script> & cia.\n";
  static final String HTML = "<p>Prezados,</p><p>Informamos manutenção no serviço &quot;E-Docs&quot; às 22:00.</p>\n"
      + "<p>Descrição do órgão: &lt;script&gt;alert('x')&lt;/script&gt; &amp; cia.</p>";

  private Mails() {
  }

  static Delivery delivery(String deliveryId, String html) {
    return new Delivery(deliveryId, "notification-65", 1, TO, SUBJECT, TEXT, html);
  }

  /** The part's decoded content, as the bytes it carries. */
  static byte[] bytesOf(Part part) throws IOException, MessagingException {
    try (InputStream in = part.getInputStream()) {
      return in.readAllBytes();
    }
  }
}
