package br.gov.es.prodest.npi007.delivery.mail;

import br.gov.es.prodest.npi007.delivery.DeliveryResult;
import br.gov.es.prodest.npi007.delivery.ReasonText;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * What a failed SMTP conversation means for the delivery (CONTRACTS.md, "Never twice"). A reply code
 * is a definite answer: 4xx "not now" (repeat later), 5xx "never" (a permanent refusal). Without a
 * reply, what matters is whether the content had been handed over whole: before that, the server
 * cannot have taken the message (a transaction without its final dot is discarded, RFC 5321 §4.1.1.4);
 * after it, only the lost final reply knew.
 */
final class SmtpFailure {

  /** A reply code at the start of a server response, or after "response: " in a bad greeting. */
  private static final Pattern REPLY_CODE = Pattern.compile("(?:^|response: )([2-5]\\d\\d)(?:[ -]|$)");

  private SmtpFailure() {
  }

  static DeliveryResult classify(MessagingException failure, boolean contentWritten, String server) {
    if (failure instanceof AuthenticationFailedException) {
      boolean transientFailure = replyCode(failure.getMessage()).orElse(500) / 100 == 4;
      return new DeliveryResult.Refused("falha de autenticação no servidor SMTP " + server + " ("
          + ReasonText.quote(failure.getMessage()) + ")", transientFailure, null);
    }
    OptionalInt code = repliedCode(failure);
    if (code.isPresent()) {
      return refusedWith(code.getAsInt(), replyText(failure));
    }
    if (contentWritten) {
      return new DeliveryResult.Uncertain("sem resposta final do servidor SMTP " + server
          + " depois do envio do conteúdo (" + describe(failure)
          + "); a mensagem pode ter sido entregue");
    }
    if (isConnectFailure(failure)) {
      return new DeliveryResult.Refused("não foi possível conectar ao servidor SMTP " + server + " ("
          + describe(failure) + "); a mensagem não foi enviada", true, null);
    }
    OptionalInt greeting = replyCode(failure.getMessage());
    if (greeting.isPresent()) {
      return refusedWith(greeting.getAsInt(), failure.getMessage());
    }
    return new DeliveryResult.Refused("falha na conversa com o servidor SMTP " + server
        + " antes do envio do conteúdo (" + describe(failure) + "); a mensagem não foi enviada", true, null);
  }

  private static DeliveryResult refusedWith(int code, String response) {
    String quoted = ReasonText.quote(response);
    String reply = quoted.startsWith(String.valueOf(code)) ? quoted : code + " " + quoted;
    if (code / 100 == 4) {
      return new DeliveryResult.Refused("servidor SMTP recusou temporariamente (" + reply + ")", true, null);
    }
    return new DeliveryResult.Refused("servidor SMTP recusou (" + reply + ")", false, null);
  }

  /** The first 4xx/5xx reply code carried by the exception or the ones it chains. */
  private static OptionalInt repliedCode(MessagingException failure) {
    for (Exception e = failure; e != null; e = next(e)) {
      int code = returnCode(e);
      if (code >= 400 && code <= 599) {
        return OptionalInt.of(code);
      }
    }
    return OptionalInt.empty();
  }

  private static String replyText(MessagingException failure) {
    for (Exception e = failure; e != null; e = next(e)) {
      int code = returnCode(e);
      if (code >= 400 && code <= 599) {
        return e.getMessage();
      }
    }
    return failure.getMessage();
  }

  private static int returnCode(Exception e) {
    if (e instanceof SMTPAddressFailedException address) {
      return address.getReturnCode();
    }
    if (e instanceof SMTPSenderFailedException sender) {
      return sender.getReturnCode();
    }
    if (e instanceof SMTPSendFailedException send) {
      return send.getReturnCode();
    }
    return -1;
  }

  private static Exception next(Exception e) {
    if (e instanceof MessagingException messaging && messaging.getNextException() != null) {
      return messaging.getNextException();
    }
    return e.getCause() instanceof Exception cause && cause != e ? cause : null;
  }

  private static boolean isConnectFailure(MessagingException failure) {
    if (failure instanceof MailConnectException) {
      return true;
    }
    Throwable cause = failure.getCause();
    return cause instanceof ConnectException || cause instanceof UnknownHostException
        || cause instanceof SocketTimeoutException && String.valueOf(cause.getMessage()).contains("connect");
  }

  static OptionalInt replyCode(String response) {
    if (response == null) {
      return OptionalInt.empty();
    }
    Matcher matcher = REPLY_CODE.matcher(response.strip());
    return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
  }

  private static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()));
    Throwable cause = failure.getCause();
    if (cause != null && cause != failure) {
      text.append(": ").append(cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName());
    }
    return ReasonText.quote(text.toString());
  }
}
