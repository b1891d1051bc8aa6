package br.gov.es.prodest.npi007.gateway.console.maintenance;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.stereotype.Component;

/**
 * The shortest notice a maintenance may be requested with unless urgent (CONTRACTS.md, NOTICE_TOO_SHORT),
 * so the form can say it before the team is refused. The rule is the maintenance-service's; this reads
 * the same setting, {@code NPI007_MAINTENANCE_MIN_NOTICE} (default PT24H), to state it in words.
 */
@Component
class MinimumNotice {

  private final Duration minimum;

  MinimumNotice(@Value("${npi007.maintenance.min-notice}") String minimum) {
    this.minimum = DurationStyle.detectAndParse(minimum.strip());
  }

  /** "24 horas", "2 dias", "1 hora e 30 minutos". */
  String words() {
    long minutes = minimum.toMinutes();
    if (minutes == 0) {
      return "nenhuma";
    }
    // under two days in hours ("24 horas"), as people say it; whole days from two on
    if (minutes >= 48 * 60 && minutes % (24 * 60) == 0) {
      return plural(minutes / (24 * 60), "dia", "dias");
    }
    long hours = minutes / 60;
    long rest = minutes % 60;
    if (hours == 0) {
      return plural(rest, "minuto", "minutos");
    }
    return rest == 0 ? plural(hours, "hora", "horas") : plural(hours, "hora", "horas") + " e " + plural(rest, "minuto", "minutos");
  }

  private static String plural(long count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }
}
