package br.gov.es.prodest.npi007.notification.message.domain;

import java.util.Arrays;
import java.util.Optional;

/** A fact a template names as {@code {{name}}}, filling one of the norm's bracketed blanks. */
public enum Placeholder {
  /** [descreva o componente tecnológico aqui] */
  COMPONENT("component"),
  /** [Descrição do Impacto, ex.: acesso, processamento de dados, etc.] */
  IMPACT("impact"),
  /** [informe o nome do órgão aqui] */
  ORGAN("organ"),
  /** [Data e Hora]: the causing event's time, dd/MM/yyyy HH:mm. */
  DATE_TIME("dateTime"),
  /** [Data] of a maintenance window, dd/MM/yyyy. */
  DATE("date"),
  /** [Horário de Início] of a maintenance window, HH:mm. */
  START_TIME("startTime"),
  /** [Horário de Término] of a maintenance window, HH:mm. */
  END_TIME("endTime"),
  /** The optional purpose of a maintenance; absent, 6.5 says the norm's sentence. */
  PURPOSE("purpose"),
  /** The day a rescheduled maintenance was to happen, dd/MM/yyyy. */
  PREVIOUS_DATE("previousDate"),
  /** The start a rescheduled maintenance had, HH:mm. */
  PREVIOUS_START_TIME("previousStartTime"),
  /** The end a rescheduled maintenance had, HH:mm. */
  PREVIOUS_END_TIME("previousEndTime"),
  /** Why a maintenance was rescheduled or cancelled, when the team said. */
  REASON("reason"),
  /** The SA site of 6.1. */
  SERVICE_DESK_URL("serviceDeskUrl");

  private final String key;

  Placeholder(String key) {
    this.key = key;
  }

  /** The name written in a template. */
  public String key() {
    return key;
  }

  public static Optional<Placeholder> byKey(String key) {
    return Arrays.stream(values()).filter(placeholder -> placeholder.key.equals(key)).findFirst();
  }
}
