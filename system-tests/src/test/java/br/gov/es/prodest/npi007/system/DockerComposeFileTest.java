package br.gov.es.prodest.npi007.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml, read as Docker Compose reads it (YAML with merge keys), checked against the
 * services it runs: what each service reads is what its module's application*.yml asks for, so a
 * variable set in the file that no service reads (a typo, a renamed setting) fails here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DockerComposeFileTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final List<String> APPLICATION_SERVICES =
      List.of("incident-service", "notification-service", "maintenance-service", "gateway");
  /** `${NAME` and `${NAME:default}` / `${NAME}` in a Spring YAML file. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");
  /** server.port, which every service takes from its own NPI007_<SERVICE>_PORT. */
  private static final Pattern SERVER_PORT = Pattern.compile("(?m)^\\s*port:\\s*\\$\\{(NPI007_[A-Z_]+_PORT):(\\d+)}");
  /** Compose interpolation in a value: `${NAME}`, `${NAME:-default}`, `${NAME:?message}`. */
  private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:?[-?][^}]*)?}");
  /**
   * Spring Boot's relaxed binding reads these without a placeholder (SPRING_MAIL_HOST is
   * spring.mail.host): the ones each service is meant to take, by the contracts.
   */
  private static final Map<String, Set<String>> SPRING_SETTINGS = Map.of(
      "notification-service", Set.of("SPRING_MAIL_HOST", "SPRING_MAIL_PORT", "SPRING_MAIL_USERNAME",
          "SPRING_MAIL_PASSWORD"));

  private Map<String, Map<String, Object>> services;

  @BeforeAll
  @SuppressWarnings("unchecked")
  void readTheComposeFile() throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
    services = (Map<String, Map<String, Object>>) compose.get("services");
  }

  @Test
  void runsTheBrokerTheFourServicesAndAMailCatcher() {
    assertThat(services).containsOnlyKeys("kafka", "mailpit", "incident-service", "notification-service",
        "maintenance-service", "gateway");
    assertThat(services.get("kafka").get("image")).isEqualTo("apache/kafka:4.1.2");
    assertThat(environment("kafka")).containsEntry("KAFKA_PROCESS_ROLES", "broker,controller");
  }

  @Test
  void everyImageIsPinnedAndEveryServiceIsBuiltFromItsOwnJar() {
    services.forEach((name, service) -> {
      String image = (String) service.get("image");
      assertThat(image).as(name + "'s image").isNotBlank().contains(":").doesNotEndWith(":latest");
    });
    for (String name : APPLICATION_SERVICES) {
      Map<String, Object> args = buildArgs(name);
      assertThat(args).as(name + "'s build args").containsEntry("MODULE", name)
          .containsEntry("PORT", portRead(name));
      assertThat(ROOT.resolve(name).resolve("pom.xml")).as("the module the image is built from").exists();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"incident-service", "notification-service", "maintenance-service", "gateway"})
  void theHealthCheckAndThePublishedPortsAreThePortTheServiceListensOn(String name) {
    int port = portRead(name);
    assertThat(healthCheck(name)).as(name + "'s health check")
        .contains("http://127.0.0.1:" + port + "/actuator/health");
    assertThat(publishedPorts(name)).as(name + "'s published ports")
        .allSatisfy(mapping -> assertThat(mapping).startsWith("127.0.0.1:").endsWith(":" + port));
  }

  @Test
  void onlyTheGatewayIsPublishedSoTheOtherServicesCanBeScaled() {
    assertThat(publishedPorts("gateway")).containsExactly("127.0.0.1:8080:8080");
    for (String name : List.of("incident-service", "notification-service", "maintenance-service")) {
      assertThat(publishedPorts(name)).as(name).isEmpty();
      assertThat(service(name)).as(name + " may run several instances").doesNotContainKey("container_name");
    }
  }

  @Test
  void theMailCatcherIsWiredIntoTheNotificationServiceAndPublishedOnLoopbackOnly() {
    assertThat(publishedPorts("mailpit")).containsExactlyInAnyOrder("127.0.0.1:1025:1025", "127.0.0.1:8025:8025");
    assertThat(healthCheck("mailpit")).isNotEmpty();
    assertThat(environment("notification-service"))
        .containsEntry("SPRING_MAIL_HOST", "${SPRING_MAIL_HOST:-mailpit}")
        .containsEntry("SPRING_MAIL_PORT", "${SPRING_MAIL_PORT:-1025}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"incident-service", "notification-service", "maintenance-service", "gateway"})
  void everyVariableSetOnAServiceIsOneItReads(String name) {
    Set<String> read = new TreeSet<>(variablesRead(name).keySet());
    read.addAll(SPRING_SETTINGS.getOrDefault(name, Set.of()));

    assertThat(environment(name).keySet()).as(name + " reads " + read).isSubsetOf(read);
  }

  @ParameterizedTest
  @ValueSource(strings = {"incident-service", "notification-service", "maintenance-service", "gateway"})
  void everyVariableAServiceRequiresWithoutDefaultIsSet(String name) {
    List<String> required = variablesRead(name).entrySet().stream()
        .filter(variable -> !variable.getValue()).map(Map.Entry::getKey)
        .filter(variable -> variable.startsWith("NPI007_")).toList();

    assertThat(environment(name).keySet()).as(name).containsAll(required);
  }

  @Test
  void aValueTakenFromTheShellIsTakenByItsOwnName() {
    services.forEach((name, service) -> environment(name).forEach((variable, value) -> {
      Matcher interpolation = INTERPOLATION.matcher(String.valueOf(value));
      while (interpolation.find()) {
        assertThat(interpolation.group(1)).as(name + ": " + variable).isEqualTo(variable);
      }
    }));
  }

  @Test
  void theGatewayTakesItsUsersAndWebhookSecretsFromTheShellAndRefusesToStartWithoutThem() {
    Map<String, Object> gateway = environment("gateway");
    for (String secret : List.of("NPI007_STANDALONE_PASSWORD", "NPI007_WEBHOOK_TOKEN", "NPI007_SERVICE_DESK_SECRET")) {
      assertThat(String.valueOf(gateway.get(secret))).as(secret).startsWith("${" + secret + ":?");
    }
  }

  /** The port the service listens on: its port variable as set in the file, else the default of its YAML. */
  private int portRead(String name) {
    String yaml = applicationYaml(name).reduce("", String::concat);
    Matcher port = SERVER_PORT.matcher(yaml);
    assertThat(port.find()).as(name + "'s server.port").isTrue();
    Object set = environment(name).get(port.group(1));
    return Integer.parseInt(set == null ? port.group(2) : withDefaults(String.valueOf(set)));
  }

  /** A value as Compose resolves it when the shell sets nothing: `${NAME:-default}` becomes its default. */
  private static String withDefaults(String value) {
    return INTERPOLATION.matcher(value).replaceAll(match ->
        match.group(2) != null && match.group(2).startsWith(":-") ? match.group(2).substring(2) : "");
  }

  /** Every variable the module's application*.yml names, and whether it has a default there. */
  private Map<String, Boolean> variablesRead(String name) {
    Map<String, Boolean> read = new LinkedHashMap<>();
    applicationYaml(name).forEach(yaml -> {
      Matcher placeholder = PLACEHOLDER.matcher(yaml);
      while (placeholder.find()) {
        read.merge(placeholder.group(1), placeholder.group(2) != null, Boolean::logicalOr);
      }
    });
    return read;
  }

  private static Stream<String> applicationYaml(String module) {
    Path resources = ROOT.resolve(module).resolve("src/main/resources");
    try (Stream<Path> files = Files.list(resources)) {
      return files.filter(file -> file.getFileName().toString().matches("application.*\\.ya?ml"))
          .sorted().map(DockerComposeFileTest::read).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, Object> service(String name) {
    assertThat(services).containsKey(name);
    return services.get(name);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> environment(String name) {
    return (Map<String, Object>) service(name).getOrDefault("environment", Map.of());
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> buildArgs(String name) {
    Map<String, Object> build = (Map<String, Object>) service(name).get("build");
    assertThat(build).as(name + "'s build").isNotNull().containsEntry("context", ".");
    return (Map<String, Object>) build.get("args");
  }

  @SuppressWarnings("unchecked")
  private List<String> publishedPorts(String name) {
    return ((List<Object>) service(name).getOrDefault("ports", List.of())).stream().map(String::valueOf).toList();
  }

  @SuppressWarnings("unchecked")
  private String healthCheck(String name) {
    Map<String, Object> healthCheck = (Map<String, Object>) service(name).get("healthcheck");
    assertThat(healthCheck).as(name + "'s health check").isNotNull();
    return String.join(" ", (List<String>) healthCheck.get("test"));
  }
}
