package br.gov.es.prodest.npi007.gateway.operations;

import java.util.Set;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.health.actuate.endpoint.AdditionalHealthEndpointPath;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;
import org.springframework.stereotype.Component;

/**
 * Keeps the broker check out of {@code /actuator/health} (the launcher and the tests poll it, and
 * it must stay what it was): the check counts in the readiness group only, where
 * application.yml includes it.
 */
@Component
class ReadinessOnlyHealth implements HealthEndpointGroupsPostProcessor {

  static final Set<String> READINESS_ONLY = Set.of("kafkaBroker");

  @Override
  public HealthEndpointGroups postProcessHealthEndpointGroups(HealthEndpointGroups groups) {
    HealthEndpointGroup primary = groups.getPrimary();
    HealthEndpointGroup withoutBroker = new HealthEndpointGroup() {
      @Override
      public boolean isMember(String name) {
        return !READINESS_ONLY.contains(name) && primary.isMember(name);
      }

      @Override
      public boolean showComponents(SecurityContext context) {
        return primary.showComponents(context);
      }

      @Override
      public boolean showDetails(SecurityContext context) {
        return primary.showDetails(context);
      }

      @Override
      public StatusAggregator getStatusAggregator() {
        return primary.getStatusAggregator();
      }

      @Override
      public HttpCodeStatusMapper getHttpCodeStatusMapper() {
        return primary.getHttpCodeStatusMapper();
      }

      @Override
      public AdditionalHealthEndpointPath getAdditionalPath() {
        return primary.getAdditionalPath();
      }
    };
    return HealthEndpointGroups.of(withoutBroker,
        groups.getNames().stream().collect(java.util.stream.Collectors.toMap(name -> name, groups::get)));
  }
}
