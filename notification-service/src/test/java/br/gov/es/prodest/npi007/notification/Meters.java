package br.gov.es.prodest.npi007.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** The service's meters as the tests read them: a meter not registered yet reads zero. */
record Meters(MeterRegistry registry) {

  double count(String name, String... tags) {
    Counter counter = registry.find(name).tags(tags).counter();
    return counter == null ? 0 : counter.count();
  }

  long timed(String name, String... tags) {
    Timer timer = registry.find(name).tags(tags).timer();
    return timer == null ? 0 : timer.count();
  }

  double gauge(String name, String... tags) {
    Gauge gauge = registry.find(name).tags(tags).gauge();
    return gauge == null ? 0 : gauge.value();
  }
}
