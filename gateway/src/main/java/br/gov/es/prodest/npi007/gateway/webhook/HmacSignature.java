package br.gov.es.prodest.npi007.gateway.webhook;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A signature header of the form {@code sha256=<hex of HMAC-SHA256(raw body)>}, as the service
 * desk's {@code X-Npi007-Signature} and Meta's {@code X-Hub-Signature-256} carry it; compared in
 * constant time.
 */
public final class HmacSignature {

  private static final String PREFIX = "sha256=";
  private static final String HMAC = "HmacSHA256";

  private HmacSignature() {
  }

  /** True when the header is present, well formed and the HMAC of the body with the key. */
  public static boolean matches(String header, byte[] body, byte[] key) {
    byte[] presented = presented(header);
    return presented != null && MessageDigest.isEqual(hmac(body, key), presented);
  }

  private static byte[] presented(String header) {
    if (header == null || !header.strip().regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      return null;
    }
    try {
      return HexFormat.of().parseHex(header.strip().substring(PREFIX.length()));
    } catch (IllegalArgumentException notHex) {
      return null;
    }
  }

  private static byte[] hmac(byte[] body, byte[] key) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key, HMAC));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 indisponível", e);
    }
  }
}
