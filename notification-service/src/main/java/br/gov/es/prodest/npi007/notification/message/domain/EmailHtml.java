package br.gov.es.prodest.npi007.notification.message.domain;

/**
 * The HTML part of an e-mail: the title in bold, one paragraph per paragraph of the text. Every
 * character of the text is escaped, so what a user typed (component, impact, purpose) is shown,
 * never interpreted.
 */
final class EmailHtml {

  private EmailHtml() {
  }

  static String of(String title, String body) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"pt-BR\">\n<head>\n<meta charset=\"UTF-8\">\n");
    if (title != null) {
      html.append("<title>").append(escape(title)).append("</title>\n");
    }
    html.append("</head>\n<body>\n");
    if (title != null) {
      html.append("<p><strong>").append(escape(title)).append("</strong></p>\n");
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
