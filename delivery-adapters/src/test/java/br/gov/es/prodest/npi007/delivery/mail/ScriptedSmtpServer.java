package br.gov.es.prodest.npi007.delivery.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A real SMTP server (replies in ASCII, as RFC 5321 has them), small enough to answer exactly as a test needs: the refusals, silences and
 * dropped connections GreenMail does not produce. One connection at a time.
 */
final class ScriptedSmtpServer implements AutoCloseable {

  enum Script {
    ACCEPT, GREETING_421, GREETING_554, AUTH_535, MAIL_553, RCPT_550, RCPT_452, END_OF_DATA_554,
    END_OF_DATA_451, SILENT_AFTER_DATA, DROP_AFTER_DATA
  }

  private final ServerSocket server;
  private final Script script;
  private final AtomicBoolean contentReceived = new AtomicBoolean();
  private final Thread thread;

  ScriptedSmtpServer(Script script) throws IOException {
    this.script = script;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.thread = new Thread(this::serve, "scripted-smtp-" + script);
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return server.getLocalPort();
  }

  /** True once a whole message (up to its final dot) arrived. */
  boolean contentReceived() {
    return contentReceived.get();
  }

  private void serve() {
    while (!server.isClosed()) {
      try (Socket socket = server.accept()) {
        converse(socket);
      } catch (IOException closedOrDropped) {
        // next connection, or the end
      }
    }
  }

  private void converse(Socket socket) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
    if (script == Script.GREETING_421 || script == Script.GREETING_554) {
      reply(out, script == Script.GREETING_421 ? "421 4.3.2 Service not available, try again later"
          : "554 5.7.1 Connection refused by policy");
      return;
    }
    reply(out, "220 scripted.test ESMTP");
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String command = line.toUpperCase(Locale.ROOT);
      if (command.startsWith("EHLO")) {
        reply(out, "250-scripted.test\r\n250 AUTH PLAIN LOGIN");
      } else if (command.startsWith("HELO") || command.startsWith("NOOP") || command.startsWith("RSET")) {
        reply(out, "250 2.0.0 Ok");
      } else if (command.startsWith("AUTH")) {
        authenticate(line, in, out);
      } else if (command.startsWith("MAIL")) {
        reply(out, script == Script.MAIL_553 ? "553 5.1.8 Sender address rejected: not owned by user" : "250 2.1.0 Ok");
      } else if (command.startsWith("RCPT")) {
        reply(out, rcptReply());
      } else if (command.startsWith("DATA")) {
        reply(out, "354 End data with <CR><LF>.<CR><LF>");
        if (!readContent(in) || !endOfData(socket, in, out)) {
          return;
        }
      } else if (command.startsWith("QUIT")) {
        reply(out, "221 2.0.0 Bye");
        return;
      } else {
        reply(out, "500 5.5.2 Error: command not recognized");
      }
    }
  }

  private void authenticate(String line, BufferedReader in, Writer out) throws IOException {
    String[] words = line.split(" ");
    if (words.length < 3) {
      reply(out, "334 ");
      if ("LOGIN".equalsIgnoreCase(words[1])) {
        in.readLine();
        reply(out, "334 ");
      }
      in.readLine();
    }
    reply(out, script == Script.AUTH_535 ? "535 5.7.8 Error: authentication failed" : "235 2.7.0 Ok");
  }

  private String rcptReply() {
    return switch (script) {
      case RCPT_550 -> "550 5.1.1 <ti@saude.es.gov.br>: Recipient address rejected: User unknown";
      case RCPT_452 -> "452 4.2.2 Mailbox full";
      default -> "250 2.1.5 Ok";
    };
  }

  private boolean readContent(BufferedReader in) throws IOException {
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.equals(".")) {
        contentReceived.set(true);
        return true;
      }
    }
    return false;
  }

  /** The final reply to the message, or none at all. */
  private boolean endOfData(Socket socket, BufferedReader in, Writer out) throws IOException {
    switch (script) {
      case END_OF_DATA_554 -> reply(out, "554 5.7.1 Message rejected by policy");
      case END_OF_DATA_451 -> reply(out, "451 4.3.0 Temporary local problem");
      case SILENT_AFTER_DATA -> {
        while (in.read() >= 0) {
          // say nothing until the client gives up
        }
        return false;
      }
      case DROP_AFTER_DATA -> {
        socket.setSoLinger(true, 0);
        return false;
      }
      default -> reply(out, "250 2.0.0 Ok: queued as 4F2A1");
    }
    return true;
  }

  private static void reply(Writer out, String text) throws IOException {
    out.write(text + "\r\n");
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
