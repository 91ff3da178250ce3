/**
 * The back office's front door: the login page ({@code /login.xhtml}, {@link
 * nl.techniekpact.cms.security.web.SignIn}), logging out, and who is signed in for the back-office
 * pages.
 */
package nl.techniekpact.cms.security.web;
