package br.gov.es.prodest.npi007.notification.replay;

import br.gov.es.prodest.npi007.schemas.norm.NormMessage;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The replay's settings: the service's own ({@code --name=value} arguments first, then the
 * environment variables of CONTRACTS.md, then their defaults).
 */
public record ReplaySettings(String bootstrapServers, String templatesDir, String serviceDeskUrl,
    List<String> reviewMessages, List<String> emailReplication) {

  public static ReplaySettings from(String[] args, Map<String, String> environment) {
    Map<String, String> given = new HashMap<>();
    for (String arg : args) {
      if (arg.startsWith("--") && arg.contains("=")) {
        given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      }
    }
    String templates = value(given, environment, "npi007.templates.dir", "NPI007_TEMPLATES_DIR", "");
    return new ReplaySettings(
        value(given, environment, "spring.kafka.bootstrap-servers", "NPI007_KAFKA_BOOTSTRAP_SERVERS", "localhost:9092"),
        templates.isBlank() ? null : templates,
        value(given, environment, "npi007.service-desk-url", "NPI007_SERVICE_DESK_URL",
            "https://servicedesk.prodest.es.gov.br"),
        list(value(given, environment, "npi007.review-messages", "NPI007_REVIEW_MESSAGES",
            NormMessage.ids(NormMessage.reviewedByDefault()))),
        list(value(given, environment, "npi007.email-replication", "NPI007_EMAIL_REPLICATION",
            NormMessage.ids(NormMessage.replicatedByEmailByDefault()))));
  }

  public static boolean requested(String[] args) {
    return Arrays.asList(args).contains("--npi007.replay=true");
  }

  private static String value(Map<String, String> given, Map<String, String> environment, String property,
      String variable, String fallback) {
    return given.getOrDefault(property, environment.getOrDefault(variable, fallback));
  }

  private static List<String> list(String value) {
    return Arrays.stream(value.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
  }
}
