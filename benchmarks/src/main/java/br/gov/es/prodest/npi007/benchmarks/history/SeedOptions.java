package br.gov.es.prodest.npi007.benchmarks.history;

/**
 * The seed's command line: {@code EVENTS [--rate R] [--connections N] [--drain-seconds S]}.
 *
 * @param events       the records the event topics must hold, in total, when the seed stops starting flows
 * @param rate         requests per second offered to the gateway (open loop)
 * @param connections  requests in flight at most; a due request past it waits for the next slot
 * @param drainSeconds how long the flows under way may go on once the target is reached
 */
record SeedOptions(long events, double rate, int connections, int drainSeconds) {

  static final double DEFAULT_RATE = 200;

  SeedOptions {
    if (events < 1 || !(rate > 0) || connections < 1 || drainSeconds < 0) {
      throw new IllegalArgumentException("opção fora do intervalo permitido");
    }
  }

  static SeedOptions parse(String... args) {
    Long events = null;
    double rate = DEFAULT_RATE;
    int connections = 32;
    int drainSeconds = 60;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        if (events != null) {
          throw new IllegalArgumentException("argumento a mais: " + arg);
        }
        events = (long) number(arg.replace("_", ""));
        continue;
      }
      if (i + 1 == args.length) {
        throw new IllegalArgumentException("falta o valor de " + arg);
      }
      String value = args[++i];
      switch (arg) {
        case "--rate" -> rate = number(value);
        case "--connections" -> connections = (int) number(value);
        case "--drain-seconds" -> drainSeconds = (int) number(value);
        default -> throw new IllegalArgumentException("opção desconhecida: " + arg);
      }
    }
    if (events == null) {
      throw new IllegalArgumentException("diga quantos eventos (ex.: ./npi007 seed 1000000)");
    }
    return new SeedOptions(events, rate, connections, drainSeconds);
  }

  private static double number(String value) {
    try {
      return Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("não é um número: " + value);
    }
  }
}
