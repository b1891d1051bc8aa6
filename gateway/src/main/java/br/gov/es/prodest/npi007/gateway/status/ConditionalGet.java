package br.gov.es.prodest.npi007.gateway.status;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.WebRequest;

/**
 * The public pages are the same for everyone and change only when the read model does: a browser
 * or proxy may keep them 15 s, then ask again with If-None-Match / If-Modified-Since and get a
 * 304 with no body while nothing public changed.
 */
final class ConditionalGet {

  static final String CACHE_CONTROL = "public, max-age=15";

  private ConditionalGet() {
  }

  /**
   * Sets Cache-Control, ETag and Last-Modified; true when the client's copy is current (the answer is
   * then already a 304, and the handler returns null).
   */
  static boolean notModified(Versioned<?> answer, WebRequest request, HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    long lastModified = answer.lastChangedAt() == null ? -1 : answer.lastChangedAt().toEpochMilli();
    return request.checkNotModified(answer.etag(), lastModified);
  }
}
