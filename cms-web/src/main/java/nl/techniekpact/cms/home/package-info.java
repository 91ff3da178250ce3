/** The home page: introduction, landsdelen, the goals, aanjager and ambassadors, and cases. */
package nl.techniekpact.cms.home;
