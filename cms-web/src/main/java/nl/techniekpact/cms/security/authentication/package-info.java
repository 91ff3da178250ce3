/**
 * How callers prove who they are: {@link
 * nl.techniekpact.cms.security.authentication.CmsAuthenticationMechanism}, the application's one
 * Jakarta Security mechanism (HTTP Basic on {@code /api/}, form login and a session for the back
 * office), the identity store over the accounts, and login throttling.
 */
package nl.techniekpact.cms.security.authentication;
