package br.gov.es.prodest.npi007.gateway.security;

/** Where the people's side lives (issue 12), and the one content policy its pages are served with. */
public final class ConsolePaths {

  public static final String CONSOLE = "/console";
  public static final String LOGIN = "/login";
  public static final String LOGOUT = "/logout";
  /** With the identity provider (issue 13): where a sign-in starts, and where the provider sends the code back. */
  public static final String OIDC_AUTHORIZATION = "/oauth2/authorization/" + OidcSettings.REGISTRATION_ID;
  public static final String OIDC_CALLBACK = "/login/oauth2/code/*";
  public static final String STATUS = "/status";
  /** A subscription's unsubscribe link (issue 12); its POST is exempt from CSRF (RFC 8058 one-click). */
  public static final String UNSUBSCRIBE = STATUS + "/subscriptions/*/unsubscribe";
  /** The pages' own style sheet, script and images (src/main/resources/static/assets). */
  public static final String ASSETS = "/assets";

  /**
   * No inline script or style anywhere, no third party: every page loads only this gateway's files
   * (htmx from its WebJar included), is never framed, and posts its forms only here.
   */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
      + "form-action 'self'; frame-ancestors 'none'";

  private ConsolePaths() {
  }
}
