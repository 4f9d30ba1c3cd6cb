/**
 * Critical technologies, substitution programmes and claims, each figure with its source; the
 * technology gap for metrics such as the process node; programme forecasts; and the scorecard of
 * targets and claims against evidence.
 *
 * <p>Conventions: every number in the catalogue is a {@link org.techsov.core.programme.Figure} with
 * a {@link org.techsov.core.programme.Citation} (source and quote); dates are {@link
 * org.techsov.core.programme.ReportedDate}s at the precision the source gives; shares are in
 * percent unless a series' unit says otherwise; countries are ISO 3166-1 alpha-3 codes.
 */
package org.techsov.core.programme;
