package br.gov.es.prodest.npi007.gateway.console.outbox;

import br.gov.es.prodest.npi007.gateway.notification.review.ApprovalRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * ASCOM's review form against the message: the approval it means (only the channels whose text
 * changed, so an untouched form approves as rendered) and what differs from the rendered text.
 */
public final class OutboxEdits {

  /** What differs in one channel (or the e-mail's subject) from what was rendered. */
  public record ChannelDiff(String label, List<TextDiff.Segment> segments, boolean changed) {
  }

  private OutboxEdits() {
  }

  /** The form as the approval the API would take: what the form left as it is, is left out. */
  static ApprovalRequest approval(ApprovalRequest form, OutboxMessage message) {
    if (form == null) {
      return null;
    }
    String whatsapp = changed(whatsapp(form), message.whatsapp());
    String subject = changed(lines(form.subject()), message.subject());
    String email = changed(email(form), message.email());
    if (subject != null && email == null) {
      // the subject travels with the e-mail's text (ApprovalRequest)
      email = message.email();
    }
    if (whatsapp == null && email == null) {
      return new ApprovalRequest(null, null);
    }
    return new ApprovalRequest(new ApprovalRequest.EditedText(whatsapp, email), subject);
  }

  /** The proposed text (the form's, else the current one) against the text as rendered, per channel. */
  static List<ChannelDiff> diffs(OutboxMessage message, ApprovalRequest form) {
    List<ChannelDiff> diffs = new ArrayList<>();
    if (message.whatsapp() != null) {
      diffs.add(diff("WhatsApp", message.renderedText().get("whatsapp"), orElse(whatsapp(form), message.whatsapp())));
    }
    if (message.email() != null) {
      diffs.add(diff("Assunto do e-mail", message.renderedSubject(),
          orElse(form == null ? null : lines(form.subject()), message.subject())));
      diffs.add(diff("E-mail", message.renderedText().get("email"), orElse(email(form), message.email())));
    }
    return List.copyOf(diffs);
  }

  /** Browsers send a textarea's line breaks as CRLF; the rendered texts use LF. */
  static String lines(String text) {
    return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static ChannelDiff diff(String label, String before, String after) {
    List<TextDiff.Segment> segments = TextDiff.between(before, after);
    return new ChannelDiff(label, segments, TextDiff.changed(segments));
  }

  private static String whatsapp(ApprovalRequest form) {
    return form == null || form.text() == null ? null : lines(form.text().whatsapp());
  }

  private static String email(ApprovalRequest form) {
    return form == null || form.text() == null ? null : lines(form.text().email());
  }

  private static String changed(String proposed, String current) {
    return proposed == null || Objects.equals(proposed, current) ? null : proposed;
  }

  private static String orElse(String value, String fallback) {
    return value == null ? fallback : value;
  }
}
