package br.gov.es.prodest.npi007.gateway.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 400 {@code MALFORMED_QUERY} a query string that is not percent-encoded UTF-8 (a
 * {@code %} not followed by two hex digits, or escapes that decode to invalid UTF-8), before anything
 * reads a parameter: Tomcat would otherwise throw from the first {@code getParameter} call, wherever
 * that happens (a controller's {@code @RequestParam}, a filter), and the request would end in a 500.
 */
public class MalformedQueryFilter extends OncePerRequestFilter {

  static final String CODE = "MALFORMED_QUERY";
  static final String DETAIL = "Os parâmetros da URL não estão codificados corretamente: use UTF-8 com codificação "
      + "percentual (%XX), sem sequências incompletas ou inválidas.";

  private final ProblemDocuments documents;

  public MalformedQueryFilter(ProblemDocuments documents) {
    this.documents = documents;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!isWellFormed(request.getQueryString())) {
      documents.write(response, ProblemDocuments.problem(HttpStatus.BAD_REQUEST, CODE, DETAIL,
          request.getRequestURI()));
      return;
    }
    chain.doFilter(request, response);
  }

  /** Whether the raw query decodes, escape by escape, to valid UTF-8 ({@code +} and plain characters as they are). */
  static boolean isWellFormed(String query) {
    if (query == null || query.indexOf('%') < 0) {
      return true;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(query.length());
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '%') {
        if (i + 2 >= query.length()) {
          return false;
        }
        int high = Character.digit(query.charAt(i + 1), 16);
        int low = Character.digit(query.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return false;
        }
        bytes.write(high << 4 | low);
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
