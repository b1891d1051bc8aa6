package br.gov.es.prodest.npi007.gateway;

/** The incident-service's JSON for one incident, as WireMock serves it. */
final class Incidents {

  private Incidents() {
  }

  static String json(String id, String organ, long version) {
    return """
        {"id":"%s","status":"UNDER_ANALYSIS","component":"SIGEFES","organ":"%s","description":"Fora do ar",
         "source":"WHATSAPP_GROUP","reportedBy":"Maria","saNumber":"SA-1","version":%d,
         "reportedAt":"2025-03-10T12:00:00Z","updatedAt":"2025-03-10T12:05:00Z",
         "verdict":null,"impact":null,"affectedOrgan":null,"maintenanceId":null,"closed":false}
        """.formatted(id, organ, version);
  }
}
