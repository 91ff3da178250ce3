/** The anonymous read endpoints of the API for this feature, and the views they answer with. */
package nl.techniekpact.cms.ambassador.rest;
