/**
 * The API's OpenAPI 3 document, which Payara builds from the MicroProfile OpenAPI annotations on
 * the resources and serves at {@code /openapi}: {@link
 * nl.techniekpact.cms.rest.openapi.ApiModelReader} adds what no annotation can say (info, servers,
 * security schemes, the problem details shape and the shared error responses), {@link
 * nl.techniekpact.cms.rest.openapi.ApiDocsServlet} serves the interactive page at {@code
 * /api/docs}.
 */
package nl.techniekpact.cms.rest.openapi;
