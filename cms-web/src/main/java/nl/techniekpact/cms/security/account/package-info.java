/**
 * Accounts of the back office and the API: the {@link nl.techniekpact.cms.security.account.Account}
 * entity in the CMS's own schema ({@code db/migration/cms/V1__accounts.sql}), its repository,
 * password hashing with Jakarta Security's {@code Pbkdf2PasswordHash}, registration, and the first
 * administrator created on first start.
 */
package nl.techniekpact.cms.security.account;
