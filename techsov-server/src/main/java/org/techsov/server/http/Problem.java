package org.techsov.server.http;

/**
 * An error answer as RFC 9457 problem details ({@code application/problem+json}).
 *
 * @param type a URI naming the kind of problem, {@code urn:techsov:problem:<code>}
 * @param title the category's short summary
 * @param status the HTTP status
 * @param detail what went wrong and, where there is one, the fix
 * @param instance the request path
 * @param code the techsov error code, e.g. {@code UNKNOWN_COUNTRY}
 */
public record Problem(
    String type, String title, int status, String detail, String instance, String code) {}
