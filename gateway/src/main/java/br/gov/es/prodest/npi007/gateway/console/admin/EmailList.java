package br.gov.es.prodest.npi007.gateway.console.admin;

import java.util.Arrays;
import java.util.List;

/** The form's e-mail field (one address per line, or separated by commas or semicolons) as the API's list. */
final class EmailList {

  private EmailList() {
  }

  static List<String> parse(String text) {
    return Arrays.stream(text.split("[,;\\s]+")).map(String::strip).filter(address -> !address.isEmpty()).toList();
  }

}
