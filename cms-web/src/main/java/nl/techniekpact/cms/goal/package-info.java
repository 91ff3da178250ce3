/** The goals (doelen) of the current pact edition. */
package nl.techniekpact.cms.goal;
