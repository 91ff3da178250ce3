/**
 * The trash: what editors deleted softly among the content that other items refer to
 * (organisations, pact editions, goals, themes), listed so it can be restored.
 */
package nl.techniekpact.cms.trash;
