package br.gov.es.prodest.npi007.gateway.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public components under one heading of the page, in the service's order (by group, then name).
 *
 * @param name the catalogue's group, or "Outros serviços" for components of none
 */
public record ComponentGroup(String name, List<PublicComponent> components) {

  static final String UNGROUPED = "Outros serviços";

  static List<ComponentGroup> of(List<PublicComponent> components) {
    Map<String, List<PublicComponent>> groups = new LinkedHashMap<>();
    for (PublicComponent component : components) {
      String group = component.group() == null || component.group().isBlank() ? UNGROUPED : component.group();
      groups.computeIfAbsent(group, name -> new ArrayList<>()).add(component);
    }
    return groups.entrySet().stream().map(group -> new ComponentGroup(group.getKey(), List.copyOf(group.getValue()))).toList();
  }
}
