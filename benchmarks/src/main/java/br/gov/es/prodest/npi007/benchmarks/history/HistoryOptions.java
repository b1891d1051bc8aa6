package br.gov.es.prodest.npi007.benchmarks.history;

/** {@code ./npi007 bench history [--queries N] [--deep-pages D]}: N timed queries of each kind, D pages in. */
record HistoryOptions(int queries, int deepPages) {

  HistoryOptions {
    if (queries < 1 || deepPages < 1) {
      throw new IllegalArgumentException("opção fora do intervalo permitido");
    }
  }

  static HistoryOptions parse(String... args) {
    int queries = 500;
    int deepPages = 20;
    for (int i = 0; i < args.length; i++) {
      if (i + 1 == args.length) {
        throw new IllegalArgumentException("falta o valor de " + args[i]);
      }
      String value = args[++i];
      switch (args[i - 1]) {
        case "--queries" -> queries = whole(value);
        case "--deep-pages" -> deepPages = whole(value);
        default -> throw new IllegalArgumentException("opção desconhecida: " + args[i - 1]);
      }
    }
    return new HistoryOptions(queries, deepPages);
  }

  private static int whole(String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("não é um número inteiro: " + value);
    }
  }
}
