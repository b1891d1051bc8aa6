package br.gov.es.prodest.npi007.delivery.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;

/**
 * Reads an HTTP {@code Retry-After} value (RFC 9110 §10.2.3): delay-seconds or an HTTP-date, the
 * latter in any of the three formats a recipient must accept (§5.6.7).
 */
public final class RetryAfter {

  private static final List<DateTimeFormatter> HTTP_DATES = List.of(
      DateTimeFormatter.RFC_1123_DATE_TIME,
      // obsolete RFC 850 form: Sunday, 06-Nov-94 08:49:37 GMT
      new DateTimeFormatterBuilder().appendPattern("EEEE, dd-MMM-")
          .appendValueReduced(ChronoField.YEAR, 2, 2, 1970)
          .appendPattern(" HH:mm:ss zzz").toFormatter(Locale.US),
      // obsolete asctime form: Sun Nov  6 08:49:37 1994 (always GMT)
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC));

  private RetryAfter() {
  }

  /**
   * The wait the value asks for, counted from {@code now}; zero for a date already past; null when
   * the value is absent or unreadable.
   */
  public static Duration parse(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.chars().allMatch(Character::isDigit)) {
      return seconds(text);
    }
    for (DateTimeFormatter format : HTTP_DATES) {
      try {
        Instant at = ZonedDateTime.parse(text, format).toInstant();
        return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
      } catch (DateTimeParseException notThisFormat) {
        // try the next format
      }
    }
    return null;
  }

  private static Duration seconds(String digits) {
    try {
      return Duration.ofSeconds(Long.parseLong(digits));
    } catch (NumberFormatException tooLong) {
      return null;
    }
  }
}
