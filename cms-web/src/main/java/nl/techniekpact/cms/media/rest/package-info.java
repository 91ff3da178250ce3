/** {@code /api/v1/media}: the media library over REST, for editors and administrators. */
package nl.techniekpact.cms.media.rest;
