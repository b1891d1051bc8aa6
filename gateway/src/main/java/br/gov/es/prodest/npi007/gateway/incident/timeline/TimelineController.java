package br.gov.es.prodest.npi007.gateway.incident.timeline;

import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Tag(name = "Incidentes", description = "Relato e consulta de incidentes (NPI-007 5.2.1)")
public class TimelineController {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final IncidentTimeline timeline;
  private final JsonMapper json;

  public TimelineController(IncidentTimeline timeline, JsonMapper json) {
    this.timeline = timeline;
    this.json = json;
  }

  /**
   * JSON unless the client prefers CSV. One method for both, because two methods that differ only
   * in what they produce are ambiguous to a client that accepts anything.
   */
  @GetMapping(path = "/api/v1/incidents/{id}/timeline", produces = {MediaType.APPLICATION_JSON_VALUE, TimelineCsv.MEDIA_TYPE})
  @Operation(summary = "Linha do tempo do incidente (eventos, mensagens e entregas), em JSON ou, com Accept: text/csv, em CSV")
  public ResponseEntity<?> timeline(@PathVariable String id,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
      @Parameter(description = "event, message e/ou delivery, separados por vírgula; ausente: todos")
      @RequestParam(required = false) String kind,
      @Parameter(hidden = true) CurrentUser user) {
    List<TimelineEntry> entries = timeline.of(id, kind, user);
    if (!prefersCsv(accept)) {
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(entries);
    }
    ContentDisposition attachment = ContentDisposition.attachment()
        .filename("incidente-" + id + "-linha-do-tempo.csv", StandardCharsets.UTF_8).build();
    return ResponseEntity.ok().contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString())
        .body(TimelineCsv.write(entries, json));
  }

  /** The first type of the Accept header, by quality, that names JSON or CSV decides; wildcards mean JSON. */
  static boolean prefersCsv(String accept) {
    if (accept == null || accept.isBlank()) {
      return false;
    }
    List<MediaType> accepted = new ArrayList<>(MediaType.parseMediaTypes(accept));
    accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
    for (MediaType type : accepted) {
      if (type.getQualityValue() == 0) {
        continue;
      }
      if (type.isWildcardType() || type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
        return false;
      }
      if (type.isCompatibleWith(MediaType.parseMediaType(TimelineCsv.MEDIA_TYPE))) {
        return true;
      }
    }
    return false;
  }
}
