package br.gov.es.prodest.npi007.notification.message.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fixed catalogue of organs for tests: names and e-mail addresses by code. */
public record KnownOrgans(Map<String, String> names, Map<String, List<String>> emails) implements OrganNames {

  public static KnownOrgans none() {
    return new KnownOrgans(Map.of(), Map.of());
  }

  public static KnownOrgans named(Map<String, String> names) {
    return new KnownOrgans(names, Map.of());
  }

  @Override
  public Optional<String> nameOf(String code) {
    return Optional.ofNullable(names.get(code));
  }

  @Override
  public List<String> addressesOf(String code) {
    return emails.getOrDefault(code, List.of());
  }

  @Override
  public List<String> everyAddress() {
    return emails.values().stream().flatMap(List::stream).sorted().distinct().toList();
  }
}
