/** The editions of the pact (pacten) as the API shows them. */
package nl.techniekpact.cms.pact;
