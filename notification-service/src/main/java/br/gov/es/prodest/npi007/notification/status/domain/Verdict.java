package br.gov.es.prodest.npi007.notification.status.domain;

/** The triage's verdict (NPI-007 6.2, 6.3, 6.6); only {@link #CONFIRMED_GENERAL} is ever public. */
public enum Verdict { NOT_CONFIRMED, CONFIRMED_GENERAL, CONFIRMED_RESTRICTED }
