/** The case studies (praktijkvoorbeelden) of the pact, as the public and partners read them. */
package nl.techniekpact.cms.casestudy;
