/**
 * Adoption and substitution forecasts: Bass diffusion, logistic (Fisher-Pry for substitution
 * shares) and Gompertz curves fitted by bounded nonlinear least squares, chosen by AICc, with
 * residual-bootstrap fans (P10/P50/P90), the probability of reaching a threshold by a date and the
 * time the median path crosses it.
 *
 * <p>Conventions: time is in decimal calendar years (2021.5 is the start of July 2021); rates such
 * as Bass's p and q are per year; levels keep the caller's unit; shares are expressed against a
 * full-share value passed by the caller (100 for percentages). See METHODS.md section 4.
 */
package org.techsov.core.forecast;
