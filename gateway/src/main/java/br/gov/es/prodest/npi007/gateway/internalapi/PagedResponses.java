package br.gov.es.prodest.npi007.gateway.internalapi;

import br.gov.es.prodest.npi007.paging.Page;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriUtils;

/**
 * A page as the public answer: the body stays the JSON array, and when more remain a
 * {@code Link: <…&cursor=…>; rel="next"} header (RFC 8288) repeats the request's own path and
 * parameters, the limit included, with the next cursor.
 */
public final class PagedResponses {

  private PagedResponses() {
  }

  public static <T> ResponseEntity<List<T>> ok(Page<T> page, PageRequest request, HttpServletRequest http) {
    ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
    page.next().ifPresent(next -> ok.header(HttpHeaders.LINK, "<" + nextUri(http, request, next) + ">; rel=\"next\""));
    return ok.body(page.items());
  }

  /** A relative URI: the path as requested, its parameters (but the cursor) percent-encoded, then limit and cursor. */
  static String nextUri(HttpServletRequest http, PageRequest request, String next) {
    StringJoiner query = new StringJoiner("&");
    for (Map.Entry<String, String[]> parameter : http.getParameterMap().entrySet()) {
      String name = parameter.getKey();
      if (PageRequest.LIMIT.equals(name) || PageRequest.CURSOR.equals(name)) {
        continue;
      }
      for (String value : parameter.getValue()) {
        query.add(encode(name) + "=" + encode(value));
      }
    }
    query.add(PageRequest.LIMIT + "=" + request.limit());
    query.add(PageRequest.CURSOR + "=" + encode(next));
    return http.getRequestURI() + "?" + query;
  }

  private static String encode(String text) {
    return UriUtils.encode(text, StandardCharsets.UTF_8);
  }
}
