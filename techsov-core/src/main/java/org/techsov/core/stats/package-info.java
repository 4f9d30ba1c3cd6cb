/**
 * Shared numerics for the analyses: small dense linear algebra, ordinary least squares, a bounded
 * Levenberg-Marquardt solver for nonlinear least squares, information criteria and quantiles. Pure
 * functions of their inputs; randomness, where a caller needs it, is seeded by the caller.
 */
package org.techsov.core.stats;
