package br.gov.es.prodest.npi007.notification.message.domain;

/**
 * The HTML part of an e-mail: the title in bold, one paragraph per paragraph of the text. Every
 * character of the text is escaped, so what a user typed (component, impact, purpose) is shown,
 * never interpreted.
 */
public final class EmailHtml {

  private EmailHtml() {
  }

  static String of(String title, String body) {
    return document(title, title, body);
  }

  /**
   * The HTML part of an e-mail whose whole text part is given (ASCOM's edit): the title in bold when
   * the text opens with the subject line, as the renderer lays it out; else the text as it is.
   */
  public static String ofText(String subject, String text) {
    String titleLine = subject == null ? null : subject + "\n\n";
    if (titleLine != null && text.startsWith(titleLine) && !text.substring(titleLine.length()).isBlank()) {
      return document(subject, subject, text.substring(titleLine.length()));
    }
    return document(subject, null, text);
  }

  private static String document(String documentTitle, String boldTitle, String body) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"pt-BR\">\n<head>\n<meta charset=\"UTF-8\">\n");
    if (documentTitle != null) {
      html.append("<title>").append(escape(documentTitle)).append("</title>\n");
    }
    html.append("</head>\n<body>\n");
    if (boldTitle != null) {
      html.append("<p><strong>").append(escape(boldTitle)).append("</strong></p>\n");
    }
    for (String paragraph : body.split("\n\\s*\n")) {
      html.append("<p>").append(escape(paragraph.strip()).replace("\n", "<br>\n")).append("</p>\n");
    }
    return html.append("</body>\n</html>\n").toString();
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
