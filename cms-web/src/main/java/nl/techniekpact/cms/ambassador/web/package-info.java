/** The back-office screens of ambassadors: the list, the edit form and the preview. */
package nl.techniekpact.cms.ambassador.web;
