/** The REST API for editing the items of plugins' content types: {@code /api/v1/content}. */
package nl.techniekpact.cms.plugin.content.rest;
