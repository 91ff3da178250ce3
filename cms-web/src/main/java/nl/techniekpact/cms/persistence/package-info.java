/**
 * The database: the data source chosen by configuration, Flyway migrations at start-up and the
 * first-start seed.
 */
package nl.techniekpact.cms.persistence;
