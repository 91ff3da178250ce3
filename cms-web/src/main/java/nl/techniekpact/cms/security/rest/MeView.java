package nl.techniekpact.cms.security.rest;

import java.util.List;

/**
 * Who the caller is, as {@code GET /api/v1/me} answers it.
 *
 * @param username the account's username
 * @param displayName the name shown in the back office
 * @param roles the caller's roles, sorted
 * @param regions the region slugs a regional editor edits, sorted
 */
public record MeView(
    String username, String displayName, List<String> roles, List<String> regions) {}
