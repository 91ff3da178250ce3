/** The partner organisations named by cases, as the public and partners read them. */
package nl.techniekpact.cms.organisation;
