"""The OpenAPI schema: generated without warnings, accurate enough for a client, fuzzed with schemathesis."""

from __future__ import annotations

import ipaddress
import json
import socket
import uuid
from collections.abc import Iterator
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
import schemathesis
import yaml
from django.core import signals
from django.core.handlers.wsgi import WSGIHandler
from django.core.management import call_command
from django.db import close_old_connections
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiJsonRenderer
from hypothesis import HealthCheck, Phase, settings
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient
from schemathesis.checks import not_a_server_error

from candidates.tests.factories import WEAK_BACKEND_CV, pdf_upload
from personas.tests.factories import make_persona

ERROR_REF = "#/components/schemas/ErrorResponse"


def generated_schema() -> dict[str, Any]:
    out = StringIO()
    call_command("spectacular", "--validate", "--fail-on-warn", stdout=out)
    schema: dict[str, Any] = yaml.safe_load(out.getvalue())
    return schema


def operations(schema: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, operation)
        for path, item in schema["paths"].items()
        for method, operation in item.items()
        if method in {"get", "post", "put", "patch", "delete"}
    ]


def test_the_schema_generates_and_validates_without_warnings() -> None:
    schema = generated_schema()

    assert schema["openapi"].startswith("3.")
    assert len(operations(schema)) == 23


def test_every_operation_needs_a_token_and_documents_its_errors_with_codes() -> None:
    schema = generated_schema()

    assert schema["components"]["securitySchemes"]["tokenAuth"] == {
        "type": "apiKey",
        "in": "header",
        "name": "Authorization",
        "description": 'Token-based authentication with required prefix "Token"',
    }
    for path, method, operation in operations(schema):
        assert {"tokenAuth": []} in operation["security"], (method, path)
        errors = {status: response for status, response in operation["responses"].items() if status >= "400"}
        assert {"401", "429"} <= set(errors), (method, path)
        for status, response in errors.items():
            assert response["content"]["application/json"]["schema"] == {"$ref": ERROR_REF}, (
                method,
                path,
                status,
            )
            examples = response["content"]["application/json"]["examples"]
            codes = [example["value"]["error"]["code"] for example in examples.values()]
            assert codes, (method, path, status)
            assert (
                response["description"]
                == "Error; `error.code` is one of: " + ", ".join(f"`{code}`" for code in codes) + "."
            )


def test_the_upload_is_multipart_with_binary_files_and_answers_202() -> None:
    schema = generated_schema()
    upload = schema["paths"]["/api/v1/candidate/upload-batch/"]["post"]
    body = schema["components"]["schemas"]["UploadBatchRequest"]

    assert list(upload["requestBody"]["content"]) == ["multipart/form-data"]
    assert body["properties"]["files"] == {
        "type": "array",
        "items": {"type": "string", "format": "binary"},
        "description": "The CV PDFs: repeat the `files` part once per file.",
    }
    assert body["required"] == ["persona_id"]
    assert upload["responses"]["202"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/UploadAccepted"
    }
    assert sorted(upload["responses"]) == ["202", "400", "401", "404", "413", "415", "422", "429", "503"]
    codes_400 = upload["responses"]["400"]["content"]["application/json"]["examples"]
    assert [example["value"]["error"]["code"] for example in codes_400.values()] == [
        "validation_error",
        "malformed_request",
        "no_files",
        "too_many_files",
        "invalid_files",
    ]


def test_the_status_document_is_described_down_to_each_score() -> None:
    schemas = generated_schema()["components"]["schemas"]
    status = schemas["JobStatus"]["properties"]

    assert status["progress"] == {"allOf": [{"$ref": "#/components/schemas/Progress"}], "readOnly": True}
    assert status["result"] == {
        "allOf": [{"$ref": "#/components/schemas/JobResult"}],
        "nullable": True,
        "readOnly": True,
    }
    assert schemas["JobResult"]["properties"]["scores"] == {
        "type": "array",
        "items": {"$ref": "#/components/schemas/ScoreEntry"},
    }
    assert sorted(schemas["ScoreEntry"]["required"]) == sorted(
        [
            "rank",
            "cv_id",
            "candidate_id",
            "filename",
            "status",
            "score",
            "recommendation",
            "criteria",
            "summary",
            "flags",
            "redactions",
            "redaction_counts",
            "redaction_version",
            "scorer",
            "model",
            "prompt_version",
            "rubric_version",
            "usage",
            "cost_usd",
            "error",
        ]
    )
    assert set(schemas["PaginatedJobSummaryList"]["properties"]) == {"count", "next", "previous", "results"}


def test_the_query_and_path_parameters_are_typed() -> None:
    paths = generated_schema()["paths"]

    status_parameters = {p["name"]: p for p in paths["/api/v1/jobs/{job_id}/status/"]["get"]["parameters"]}
    assert status_parameters["job_id"]["schema"] == {"type": "string", "format": "uuid"}
    assert status_parameters["scores_limit"]["schema"] == {"type": "integer", "maximum": 500, "minimum": 1}
    assert status_parameters["scores_offset"]["schema"] == {
        "type": "integer",
        "maximum": 2147483647,
        "minimum": 0,
        "default": 0,
    }
    my_jobs = {p["name"]: p["in"] for p in paths["/api/v1/jobs/my-jobs/"]["get"]["parameters"]}
    assert my_jobs == {"limit": "query", "offset": "query"}
    persona = {p["name"]: p["schema"] for p in paths["/api/v1/personas/{id}/"]["get"]["parameters"]}
    assert persona == {"id": {"type": "string", "format": "uuid"}}


@pytest.mark.django_db
def test_the_schema_and_its_docs_are_served() -> None:
    client = APIClient()

    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    swagger = client.get("/api/schema/swagger/")
    redoc = client.get("/api/schema/redoc/")

    assert schema.status_code == 200
    assert schema.json()["info"]["title"] == "cvscoring API"
    assert swagger.status_code == 200
    assert b"drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in swagger.content
    assert redoc.status_code == 200
    assert b"drf_spectacular_sidecar/redoc/bundles/redoc.standalone.js" in redoc.content


# --- schemathesis: every operation, authenticated, must never answer 5xx ---------------------------------


def fake_public_dns(host: str, port: Any, *args: Any, **kwargs: Any) -> list[tuple[Any, ...]]:
    """Generated callback URLs must not make real DNS queries: every name resolves to one public address."""
    try:
        address = str(ipaddress.ip_address(host.strip("[]")))
    except ValueError:
        address = "8.8.8.8"
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    return [(family, socket.SOCK_STREAM, 6, "", (address, port or 0))]


def served_schema() -> Any:
    """The schema as /api/schema/ serves it, called in-process through the WSGI app."""
    document = SchemaGenerator().get_schema(request=None, public=True)
    loaded = schemathesis.openapi.from_dict(json.loads(OpenApiJsonRenderer().render(document)))
    loaded.app = WSGIHandler()
    return loaded


@pytest.fixture
def in_test_transaction() -> Iterator[None]:
    """Like Django's test client, keep the handler from closing the connection (and the test transaction)."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


@pytest.fixture
def existing(user: Any, api: APIClient, media: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Real rows for the path parameters, so generated requests reach past the 404s."""
    monkeypatch.setattr("webhooks.targets.socket.getaddrinfo", fake_public_dns)
    persona = make_persona(owner=user)
    upload = api.post(
        "/api/v1/candidate/upload-batch",
        {
            "persona_id": str(persona.pk),
            "files": [pdf_upload("a.pdf"), pdf_upload("b.pdf", WEAK_BACKEND_CV)],
        },
        format="multipart",
    )
    assert upload.status_code == 202
    candidate = api.get("/api/v1/candidates/").json()["results"][0]
    yield {
        "job_id": upload.json()["job_id"],
        "persona": str(persona.pk),
        "candidate": candidate["id"],
        "cv": candidate["cvs"][0]["id"],
        "token": Token.objects.get(user=user).key,
    }


REAL_ID_FOR = {
    "/api/v1/personas/{id}/": "persona",
    "/api/v1/candidates/{id}/": "candidate",
    "/api/v1/cvs/{id}/file": "cv",
}

schema = served_schema()


@pytest.mark.integration
@pytest.mark.django_db
@schema.parametrize()
@settings(
    max_examples=15,
    database=None,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_no_operation_answers_a_server_error(
    case: Any, existing: dict[str, str], in_test_transaction: None
) -> None:
    for name, value in (case.path_parameters or {}).items():
        key = "job_id" if name == "job_id" else REAL_ID_FOR.get(case.path)
        if key and _is_uuid(value):
            case.path_parameters[name] = existing[key]
    response = case.call(headers={"Authorization": f"Token {existing['token']}"})
    case.validate_response(response, checks=[not_a_server_error])


def _is_uuid(value: Any) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True
