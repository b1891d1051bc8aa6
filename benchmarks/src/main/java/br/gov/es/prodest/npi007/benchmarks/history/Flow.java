package br.gov.es.prodest.npi007.benchmarks.history;

import java.time.Duration;

/**
 * One realistic sequence of requests through the gateway (an incident's or a maintenance's life),
 * advanced one answer at a time. Pure: it only builds requests and reads answers; the driver sends.
 */
interface Flow {

  /** What an answer did to the flow. */
  enum Step {
    /** The step is done; the next request may go now. */
    NEXT,
    /** What the step waits for is not there yet (a message not yet rendered, a window not yet started). */
    AGAIN_LATER,
    /** The flow is over. */
    DONE
  }

  /** The request of the current step; the same one (same key and body) until it is answered 2xx. */
  GatewayRequest next();

  /** Takes the 2xx answer of {@link #next()}'s request. */
  Step answered(String body);

  /** How long to wait before asking again after {@link Step#AGAIN_LATER}. */
  Duration waitBeforeAgain();
}
