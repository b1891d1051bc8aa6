package br.gov.es.prodest.npi007.gateway.groupmember;

/**
 * A member of the WhatsApp group (issue 14): the person behind a phone number, and the organ the
 * person speaks for. The number is personal data (LGPD): only ADMIN reads this directory; everywhere
 * else a member is shown by name and organ.
 *
 * @param number digits only, country code first (e.g. 5527999990000)
 * @param name   the person's name
 * @param organ  the organ's code in the catalogue (e.g. SESA)
 */
public record GroupMember(String number, String name, String organ) {
}
