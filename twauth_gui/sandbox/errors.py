"""X's exact error answers, as the sandbox sends them."""

from __future__ import annotations

from twauth_gui.sandbox.http_types import Response, json_response, text_response


def v1_error(status: int, code: int, message: str, label: str | None = None) -> Response:
    entry: dict[str, object] = {"code": code}
    if label is not None:
        entry["label"] = label
    entry["message"] = message
    return json_response(status, {"errors": [entry]})


def could_not_authenticate() -> Response:
    return v1_error(401, 32, "Could not authenticate you.")


def timestamp_out_of_bounds() -> Response:
    return v1_error(401, 135, "Timestamp out of bounds.")


def bad_authentication_data() -> Response:
    return v1_error(400, 215, "Bad Authentication data.")


def invalid_or_expired_token() -> Response:
    return v1_error(401, 89, "Invalid or expired token.")


def callback_not_approved() -> Response:
    return v1_error(
        403, 415,
        "Callback URL not approved for this client application. Approved callback URLs can be "
        "adjusted in your application settings",
    )


def desktop_only_oob(path: str) -> Response:
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<hash>\n'
        "  <error>Desktop applications only support the oauth_callback value 'oob'</error>\n"
        f"  <request>{path}</request>\n</hash>\n"
    )
    return text_response(401, xml, content_type="application/xml")


def invalid_verifier() -> Response:
    return text_response(
        401, "Error processing your OAuth request: Invalid oauth_verifier parameter"
    )


def invalid_request_token() -> Response:
    return text_response(401, "Invalid request token")


def credentials_not_allowed() -> Response:
    return v1_error(403, 220, "Your credentials do not allow access to this resource.")


def unable_to_verify() -> Response:
    return v1_error(403, 99, "Unable to verify your credentials", "authenticity_token_error")


def missing_parameter_v1(name: str) -> Response:
    return v1_error(403, 170, f"Missing required parameter: {name}", "forbidden_missing_parameter")


def oauth2_invalid_request(description: str) -> Response:
    return json_response(400, {"error": "invalid_request", "error_description": description})


INVALID_CODE = "Value passed for the authorization code was invalid."
INVALID_TOKEN = "Value passed for the token was invalid."
PKCE_MISMATCH = "Value passed for the code verifier did not match the code challenge."
INVALID_GRANT_TYPE = ("Value passed for the grant type was invalid. Grant type should be one of "
                      "[authorization_code, refresh_token].")


def missing_parameter(name: str) -> Response:
    return oauth2_invalid_request(f"Missing required parameter [{name}].")


def unauthorized_client() -> Response:
    return json_response(401, {"error": "unauthorized_client",
                               "error_description": "Missing valid authorization header"})


def v2_unauthorized() -> Response:
    return json_response(401, {"title": "Unauthorized", "type": "about:blank", "status": 401,
                               "detail": "Unauthorized"})


def v2_forbidden() -> Response:
    return json_response(403, {"title": "Forbidden", "type": "about:blank", "status": 403,
                               "detail": "Forbidden"})


def v2_unsupported_authentication() -> Response:
    return json_response(
        403,
        {
            "title": "Unsupported Authentication",
            "detail": "Authenticating with OAuth 2.0 Application-Only is forbidden for this "
                      "endpoint.  Supported authentication types are [OAuth 1.0a User Context, "
                      "OAuth 2.0 User Context].",
            "type": "https://api.twitter.com/2/problems/unsupported-authentication",
            "status": 403,
        },
        content_type="application/problem+json",
    )


def v2_too_many_requests() -> Response:
    return json_response(429, {"title": "Too Many Requests", "detail": "Too Many Requests",
                               "type": "about:blank", "status": 429})
