/* Starts Swagger UI on /api/docs (ApiDocsServlet); a file of its own because the site's
   Content-Security-Policy allows no inline script. */
window.addEventListener("load", function () {
  var root = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({
    url: root.getAttribute("data-url"),
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    defaultModelsExpandDepth: 0,
    persistAuthorization: false
  });
});
