package br.gov.es.prodest.npi007.testing.kafka;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Under {@code -Ptestcontainers} on a machine with no Docker engine, skips every test of a module
 * that uses the shared broker, with the reason in the report, instead of failing them one by one on
 * a container that cannot start. Registered through {@code META-INF/services} and active only where
 * the profile turns on JUnit's extension autodetection; without the profile it is never loaded.
 */
public final class DockerForKafka implements ExecutionCondition {

  static final String NO_DOCKER = "-Ptestcontainers pede o Kafka do Testcontainers, mas nenhum Docker responde "
      + "nesta máquina: testes pulados (sem o perfil, o broker roda na própria JVM)";
  private static Boolean available;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (!ContainerKafka.requested() || dockerAvailable()) {
      return ConditionEvaluationResult.enabled("broker de teste disponível");
    }
    return ConditionEvaluationResult.disabled(NO_DOCKER);
  }

  private static synchronized boolean dockerAvailable() {
    if (available == null) {
      available = ContainerKafka.dockerAvailable();
      if (!available) {
        System.err.println("[npi007] " + NO_DOCKER);
      }
    }
    return available;
  }
}
