/** The back-office screens of regions: the list, the edit form and the preview. */
package nl.techniekpact.cms.region.web;
