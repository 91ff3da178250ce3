/** Serving the images at {@code /media/…}, and the back office's media library screen. */
package nl.techniekpact.cms.media.web;
