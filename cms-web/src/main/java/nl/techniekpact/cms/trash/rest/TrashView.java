package nl.techniekpact.cms.trash.rest;

import java.util.List;
import nl.techniekpact.cms.organisation.rest.OrganisationEditView;
import nl.techniekpact.cms.pact.rest.GoalEditView;
import nl.techniekpact.cms.pact.rest.PactEditView;
import nl.techniekpact.cms.pact.rest.ThemeEditView;

/**
 * What is softly deleted, as editors see it: each item with its version, which a restore names in
 * {@code If-Match}.
 *
 * @param organisations deleted organisations, most recently deleted first
 * @param pacts deleted pact editions, most recently deleted first
 * @param goals deleted goals, by edition and number
 * @param themes deleted themes, by edition and number
 */
public record TrashView(
    List<OrganisationEditView> organisations,
    List<PactEditView> pacts,
    List<GoalEditView> goals,
    List<ThemeEditView> themes) {}
