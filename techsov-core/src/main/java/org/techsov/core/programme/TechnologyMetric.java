package org.techsov.core.programme;

/**
 * One status figure of a technology.
 *
 * @param metric metric identifier, e.g. {@code process-node} (nm) or {@code public-investment}
 * @param holder whose value it is: an ISO alpha-3 code, or a label such as {@code frontier}
 * @param role domestic, peer or a point of the frontier's history
 * @param figure the value, its date and source
 */
public record TechnologyMetric(String metric, String holder, MetricRole role, Figure figure) {}
