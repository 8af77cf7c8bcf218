"""The HTTP API's shared conventions (errors, ids, pagination, throttling, OpenAPI); imports no app."""
