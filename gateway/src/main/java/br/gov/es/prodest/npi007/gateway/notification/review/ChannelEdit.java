package br.gov.es.prodest.npi007.gateway.notification.review;

import br.gov.es.prodest.npi007.avro.notification.DeliveryChannel;
import br.gov.es.prodest.npi007.avro.notification.Rendition;
import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ASCOM's new text for one channel of a message; the e-mail's subject goes with its text. The
 * HTML part is left to the notification-service, which derives it from the text.
 */
record ChannelEdit(DeliveryChannel channel, String subject, String text) {

  /** The edits an approval carries, WhatsApp first; none for a request without text. */
  static List<ChannelEdit> of(ApprovalRequest request) {
    if (request == null) {
      return List.of();
    }
    ApprovalRequest.EditedText text = request.text();
    String email = text == null ? null : text.email();
    if (request.subject() != null && email == null) {
      throw ApiProblem.validationFailed(List.of(Map.of("field", "subject",
          "message", "só pode ser alterado junto com o texto do e-mail (text.email)")));
    }
    List<ChannelEdit> edits = new ArrayList<>();
    if (text != null && text.whatsapp() != null) {
      edits.add(new ChannelEdit(DeliveryChannel.WHATSAPP, null, text.whatsapp()));
    }
    if (email != null) {
      edits.add(new ChannelEdit(DeliveryChannel.EMAIL, request.subject(), email));
    }
    return List.copyOf(edits);
  }

  Rendition toWire() {
    return Rendition.newBuilder().setChannel(channel).setSubject(subject).setText(text).setHtml(null).build();
  }
}
