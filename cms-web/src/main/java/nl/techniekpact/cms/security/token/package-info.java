/**
 * API tokens: {@link nl.techniekpact.cms.security.token.ApiTokens} issues, lists and revokes an
 * account's tokens and checks a presented one; {@link
 * nl.techniekpact.cms.security.token.TokenSecrets} makes the secrets and their hashes. A token
 * signs in as its account, with that account's current roles and regions.
 */
package nl.techniekpact.cms.security.token;
