package br.gov.es.prodest.npi007.system;

import static java.util.Map.entry;

import br.gov.es.prodest.npi007.system.HostileEndpoint.Door;
import java.util.List;
import java.util.Map;

/**
 * Every door of the gateway that PRODUCT.md and docs/CONTRACTS.md name, with who may not pass it.
 * The suite attacks those the running gateway's OpenAPI document lists, so a door that lands later
 * joins the attack by being documented; add new ones here.
 */
final class HostileEndpoints {

  private static final List<String> STRING = List.of("{\"texto\": 1}", "[\"a\", \"b\"]");
  private static final List<String> INSTANT = List.of("\"amanhã às 10h\"", "\"2026-13-45T99:00:00-03:00\"", "[2026, 3, 10]");
  private static final List<String> FLAG = List.of("\"talvez\"", "{}");
  private static final String NEXT_WEEK = "\"2031-03-10T22:00:00-03:00\"";
  private static final String NEXT_WEEK_END = "\"2031-03-11T02:00:00-03:00\"";

  /** Everyone but the team and admins. */
  private static final List<String> NOT_TEAM = List.of("notifier-sesa", "ascom", "management", "integration");
  private static final List<String> NOT_ASCOM = List.of("notifier-sesa", "team", "management", "integration");

  private HostileEndpoints() {
  }

  static List<HostileEndpoint> all() {
    return List.of(
        HostileEndpoint.post("/api/v1/incidents", "team", List.of("management"),
            Map.of("component", "\"Sistema e-Docs\"", "organ", "\"SESA\"", "description", "\"Lento\"",
                "source", "\"WHATSAPP_GROUP\"", "reportedBy", "\"Maria\""),
            Map.of("component", STRING, "organ", List.of("[\"SESA\"]", "\"ÓRGÃO-QUE-NÃO-EXISTE\""),
                "description", STRING, "source", List.of("\"CARTA\"", "{}"), "reportedBy", STRING)),
        HostileEndpoint.post("/api/v1/incidents/{id}/service-request", "team", List.of("management"),
            Map.of("saNumber", "\"SA-2026-000001\""), Map.of("saNumber", List.of("{}", "[]", "\"\""))),
        HostileEndpoint.post("/api/v1/incidents/{id}/triage", "team", NOT_TEAM,
            Map.of("verdict", "\"CONFIRMED_GENERAL\"", "impact", "\"acesso\"", "organ", "\"SESA\""),
            Map.of("verdict", List.of("\"TALVEZ\"", "[\"NOT_CONFIRMED\"]"), "impact", STRING, "organ", STRING)),
        HostileEndpoint.post("/api/v1/incidents/{id}/restoration", "team", NOT_TEAM,
            Map.of("note", "\"reiniciado\""), Map.of("note", STRING)),
        HostileEndpoint.post("/api/v1/incidents/{id}/statements", "management",
            List.of("notifier-sesa", "team", "ascom", "integration", "admin"),
            Map.of("kind", "\"CONFIRMATION\"", "text", "\"Confirmamos.\""),
            Map.of("kind", List.of("\"DESMENTIDO\"", "{}"), "text", STRING)),
        HostileEndpoint.post("/api/v1/incidents/{id}/assignment", "team", NOT_TEAM,
            Map.of("unit", "\"GEITIC\"", "note", "\"rede\""), Map.of("unit", STRING, "note", STRING)),
        HostileEndpoint.post("/api/v1/incidents/{id}/maintenance", "team", NOT_TEAM,
            Map.of("maintenanceId", "\"6f0e3c4a-1111-4c2b-9d55-0a1b2c3d4e5f\""), Map.of("maintenanceId", STRING)),
        HostileEndpoint.post("/api/v1/notifications/{id}/approval", "ascom", NOT_ASCOM,
            Map.of("text", "{\"whatsapp\": \"Texto revisto\"}", "subject", "\"Assunto\""),
            Map.of("text", List.of("\"só texto\"", "[\"a\"]"), "subject", STRING)).withOptionalBody(),
        HostileEndpoint.post("/api/v1/notifications/{id}/posted", "ascom", NOT_ASCOM,
            Map.of("note", "\"Postada às 10h\""), Map.of("note", STRING)).withOptionalBody(),
        HostileEndpoint.post("/api/v1/organs/{code}", "admin",
            List.of("notifier-sesa", "team", "ascom", "management", "integration"),
            Map.of("name", "\"Secretaria de Estado da Saúde\"", "emails", "[\"gabinete@saude.es.gov.br\"]"),
            Map.of("name", STRING, "emails", List.of("\"gabinete@saude.es.gov.br\"", "{}", "[\"não é e-mail\"]", "[1, 2]")))
            .as("PUT"),
        HostileEndpoint.post("/api/v1/units/{unit}", "admin",
            List.of("notifier-sesa", "team", "ascom", "management", "integration"),
            Map.of("name", "\"Gerência de Infraestrutura de TIC\"", "kind", "\"TECHNICAL_UNIT\""),
            Map.of("name", STRING, "kind", List.of("\"EQUIPE\"", "1", "[]")))
            .as("PUT"),
        HostileEndpoint.post("/api/v1/maintenances", "team", NOT_TEAM,
            Map.ofEntries(entry("component", "\"Sistema e-Docs\""), entry("start", NEXT_WEEK), entry("end", NEXT_WEEK_END),
                entry("purpose", "\"atualização\""), entry("causesUnavailability", "true"), entry("urgent", "false")),
            Map.of("component", STRING, "start", INSTANT, "end", INSTANT, "purpose", STRING,
                "causesUnavailability", FLAG, "urgent", FLAG)),
        HostileEndpoint.post("/api/v1/maintenances/{id}/reschedule", "team", NOT_TEAM,
            Map.of("start", NEXT_WEEK, "end", NEXT_WEEK_END, "urgent", "false", "reason", "\"chuva\""),
            Map.of("start", INSTANT, "end", INSTANT, "urgent", FLAG, "reason", STRING)),
        HostileEndpoint.post("/api/v1/maintenances/{id}/cancel", "team", NOT_TEAM,
            Map.of("reason", "\"desistência\""), Map.of("reason", STRING)).withOptionalBody(),
        HostileEndpoint.post("/api/v1/maintenances/{id}/completion", "team", NOT_TEAM,
            Map.of("note", "\"feito\""), Map.of("note", STRING)).withOptionalBody(),

        // the public status summary (issue 12): no credentials to refuse; the malformed requests still are
        HostileEndpoint.get("/api/v1/status", List.of()).behind(Door.PUBLIC),
        HostileEndpoint.get("/api/v1/incidents", List.of()),
        HostileEndpoint.get("/api/v1/incidents/{id}", List.of()),
        HostileEndpoint.get("/api/v1/incidents/{id}/timeline", List.of()),
        HostileEndpoint.get("/api/v1/notifications", List.of("notifier-sesa", "integration")),
        HostileEndpoint.get("/api/v1/notifications/{id}", List.of("notifier-sesa", "integration")),
        HostileEndpoint.get("/api/v1/organs", List.of()),
        HostileEndpoint.get("/api/v1/organs/{code}", List.of()),
        HostileEndpoint.get("/api/v1/units", List.of()),
        HostileEndpoint.get("/api/v1/units/{unit}", List.of()),
        HostileEndpoint.get("/api/v1/maintenances", List.of()),
        HostileEndpoint.get("/api/v1/maintenances/{id}", List.of()),
        HostileEndpoint.get("/api/v1/incidents/{id}/compliance", List.of()),
        HostileEndpoint.get("/api/v1/compliance", List.of()),

        HostileEndpoint.post("/webhooks/alertmanager", null, List.of(),
            Map.of("version", "\"4\"", "status", "\"firing\"", "receiver", "\"npi007\"", "alerts",
                "[{\"status\": \"firing\", \"labels\": {\"alertname\": \"Lento\"}, \"annotations\": {},"
                    + " \"startsAt\": \"2026-03-10T13:58:00Z\", \"fingerprint\": \"aa11\"}]"),
            Map.of("alerts", List.of("\"nenhum\"", "{}", "[1, 2]"), "status", List.of("{}", "[\"firing\"]")))
            .behind(Door.BEARER_TOKEN),
        HostileEndpoint.post("/webhooks/alerts", null, List.of(),
            Map.of("id", "\"gen-1\"", "status", "\"firing\"", "name", "\"Lento\"", "component", "\"Portal\"",
                "organ", "\"SESA\"", "summary", "\"lento\"", "startsAt", "\"2026-03-10T13:58:00Z\""),
            Map.of("status", List.of("\"talvez\"", "[]"), "startsAt", List.of("\"ontem\"", "{}"), "component", STRING))
            .behind(Door.BEARER_TOKEN),
        HostileEndpoint.post("/webhooks/service-desk", null, List.of(),
            Map.of("eventId", "\"sd-1\"", "saNumber", "\"SA-1\"", "state", "\"OPENED\"", "organ", "\"SESA\"",
                "summary", "\"lento\"", "incidentId", "\"6f0e3c4a-2222-4c2b-9d55-0a1b2c3d4e5f\"",
                "occurredAt", "\"2026-03-10T14:05:00Z\""),
            Map.of("state", List.of("\"ABERTO\"", "[]"), "occurredAt", List.of("\"ontem\"", "{}"), "saNumber", STRING))
            .behind(Door.HMAC_SIGNATURE),
        HostileEndpoint.post("/webhooks/whatsapp", null, List.of(),
            Map.of("object", "\"whatsapp_business_account\"", "entry", "[]"),
            Map.of("entry", List.of("\"nada\"", "{}"), "object", STRING))
            .behind(Door.WHATSAPP_SIGNATURE));
  }
}
