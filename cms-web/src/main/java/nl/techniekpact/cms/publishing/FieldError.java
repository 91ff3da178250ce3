package nl.techniekpact.cms.publishing;

/**
 * One field of an edit that was refused.
 *
 * @param field the field's path as the input names it, such as {@code title.nl} or {@code region}
 * @param message why, fit to show next to the field
 */
public record FieldError(String field, String message) {}
