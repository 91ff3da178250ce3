/**
 * What every page and endpoint gets, in one place each: security headers, request size limits,
 * friendly error pages and RFC 9457 problem details.
 */
package nl.techniekpact.cms.web;
