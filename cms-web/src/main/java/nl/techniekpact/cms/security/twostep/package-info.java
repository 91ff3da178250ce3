/**
 * Two-step sign-in for the back office (ADR 0048): after the password, a code from an authenticator
 * app ({@link nl.techniekpact.cms.security.twostep.OneTimeCodes}, RFC 6238) or a recovery code
 * ({@link nl.techniekpact.cms.security.twostep.RecoveryCodes}); the use cases are {@link
 * nl.techniekpact.cms.security.twostep.TwoStepSignIn}. The sign-in itself is the authentication
 * mechanism's.
 */
package nl.techniekpact.cms.security.twostep;
