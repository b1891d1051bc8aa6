package br.gov.es.prodest.npi007.gateway.status;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The status page's Atom feeds: every public component's, and one component's. */
@RestController
class StatusFeedController {

  private final StatusReadModel status;

  StatusFeedController(StatusReadModel status) {
    this.status = status;
  }

  @GetMapping("/status/feed.atom")
  ResponseEntity<String> all(WebRequest request, HttpServletResponse response) {
    Versioned<List<FeedEntry>> entries = status.updates();
    if (ConditionalGet.notModified(entries, request, response)) {
      return null;
    }
    String base = baseUrl();
    return atom(StatusFeeds.atom("all", "Status dos serviços do PRODEST", base + "/status/feed.atom",
        base + "/status", base, entries));
  }

  @GetMapping("/status/components/{slug}/feed.atom")
  ResponseEntity<String> component(@PathVariable String slug, WebRequest request, HttpServletResponse response) {
    Versioned<List<FeedEntry>> entries = status.updates(slug).orElseThrow(() -> StatusPageController.notPublic(slug));
    if (ConditionalGet.notModified(entries, request, response)) {
      return null;
    }
    String base = baseUrl();
    String page = base + "/status/components/" + slug;
    String name = status.component(slug).map(component -> component.value().component().name()).orElse(slug);
    return atom(StatusFeeds.atom("component:" + slug, "Status de " + name + " — PRODEST", page + "/feed.atom",
        page, base, entries));
  }

  private static ResponseEntity<String> atom(String body) {
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, StatusFeeds.ATOM).body(body);
  }

  private static String baseUrl() {
    return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
  }
}
