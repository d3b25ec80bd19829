"""specgen: OpenAPI excerpts -> one validated spec -> IR -> Jinja -> a vendorable Python client."""
