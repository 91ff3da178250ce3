package nl.techniekpact.cms.publishing.revision;

/**
 * One field that differs between two revisions, with both values as JSON text ({@code null} when
 * absent).
 *
 * @param field the field's path, such as {@code title.nl} or {@code goals}
 * @param before its value in the older revision
 * @param after its value in the newer revision
 */
public record FieldChange(String field, String before, String after)
    implements java.io.Serializable {}
