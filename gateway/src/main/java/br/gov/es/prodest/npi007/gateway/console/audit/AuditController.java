package br.gov.es.prodest.npi007.gateway.console.audit;

import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/**
 * An incident's audit (PRODUCT.md, "Audit and replay"): everything the norm requires of it on one
 * printable page, and its whole dossier to download as JSON or CSV.
 */
@Controller
class AuditController {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final IncidentDossiers dossiers;
  private final JsonMapper json;

  AuditController(IncidentDossiers dossiers, JsonMapper json) {
    this.dossiers = dossiers;
    this.json = json;
  }

  @GetMapping("/console/incidents/{id}/audit")
  String audit(@PathVariable String id, CurrentUser user, Model model) {
    IncidentDossier dossier = dossiers.of(id, user);
    model.addAttribute("incident", dossier.incident());
    model.addAttribute("compliance", ComplianceSummary.of(dossier.compliance()));
    model.addAttribute("timeline", dossier.timeline());
    model.addAttribute("notifications", dossier.notifications());
    return "console/audit/incident";
  }

  @GetMapping("/console/incidents/{id}/dossier.json")
  ResponseEntity<byte[]> dossierJson(@PathVariable String id, CurrentUser user) {
    byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(dossiers.of(id, user));
    return attachment(id, "json", MediaType.APPLICATION_JSON, body);
  }

  @GetMapping("/console/incidents/{id}/dossier.csv")
  ResponseEntity<byte[]> dossierCsv(@PathVariable String id, CurrentUser user) {
    return attachment(id, "csv", CSV, DossierCsv.write(dossiers.of(id, user), json));
  }

  private static ResponseEntity<byte[]> attachment(String id, String extension, MediaType type, byte[] body) {
    ContentDisposition disposition = ContentDisposition.attachment()
        .filename("incidente-" + id + "-dossie." + extension, StandardCharsets.UTF_8).build();
    return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(body);
  }
}
