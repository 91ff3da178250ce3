/**
 * The back office's front door: the login page ({@code /login.xhtml}, {@link
 * nl.techniekpact.cms.security.web.SignIn}) and its second step ({@code /login-code.xhtml}, {@link
 * nl.techniekpact.cms.security.web.SignInCode}), logging out, who is signed in for the back-office
 * pages, and the editor's own account page (password, two-step sign-in, API tokens).
 */
package nl.techniekpact.cms.security.web;
