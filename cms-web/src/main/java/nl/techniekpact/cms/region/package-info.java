/** The landsdelen (regions) of the pact, as the public and partners read them. */
package nl.techniekpact.cms.region;
