package br.gov.es.prodest.npi007.gateway.groupmember;

/**
 * The outcome of a PUT on the member directory.
 *
 * @param member  the member as written
 * @param created true when the number was not in the directory before (201), false for a change (200)
 */
public record GroupMemberRegistered(GroupMember member, boolean created) {
}
