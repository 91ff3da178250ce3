/**
 * The API shapes shared by the write endpoints of every content type: publication requests,
 * revisions, and the audit log ({@code /api/v1/audit}).
 */
package nl.techniekpact.cms.publishing.rest;
