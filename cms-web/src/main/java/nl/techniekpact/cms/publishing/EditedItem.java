package nl.techniekpact.cms.publishing;

import java.time.Instant;

/**
 * An item without publication state as an editor sees it (an organisation, a pact edition, a goal,
 * a theme): its editable fields and its version, which the next change must name.
 *
 * @param content the editable fields
 * @param version the optimistic version (also the number of its latest revision)
 * @param updatedAt when it was last saved
 * @param <I> the editable fields' type
 */
public record EditedItem<I>(I content, long version, Instant updatedAt) {}
