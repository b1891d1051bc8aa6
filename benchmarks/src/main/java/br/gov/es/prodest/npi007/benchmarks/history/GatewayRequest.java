package br.gov.es.prodest.npi007.benchmarks.history;

/**
 * One request of a seeded flow, as a client of the gateway sends it.
 *
 * @param stage          the flow's step it belongs to (counted by name at the end)
 * @param user           the standalone user who sends it (its role decides what it may do)
 * @param body           the JSON body, or null for a GET
 * @param idempotencyKey unique per run, flow and step, or null for a GET
 */
record GatewayRequest(String stage, String user, String method, String path, String body, String idempotencyKey) {

  static GatewayRequest get(String stage, String user, String path) {
    return new GatewayRequest(stage, user, "GET", path, null, null);
  }

  static GatewayRequest post(String stage, String user, String path, String body, String idempotencyKey) {
    return new GatewayRequest(stage, user, "POST", path, body, idempotencyKey);
  }
}
