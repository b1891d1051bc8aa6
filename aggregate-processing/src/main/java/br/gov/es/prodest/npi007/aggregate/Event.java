package br.gov.es.prodest.npi007.aggregate;

/** An event of an aggregate's stream. */
public interface Event {

  Envelope envelope();
}
