/** The public search page {@code /zoeken} and the search form in the site's header. */
package nl.techniekpact.cms.search.web;
