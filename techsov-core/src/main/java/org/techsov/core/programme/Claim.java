package org.techsov.core.programme;

/**
 * A public claim and the evidence that bears on it.
 *
 * @param id identifier
 * @param country ISO alpha-3 code of the country the claim is about
 * @param said who said it, when, with source and quote
 * @param statement the claim in a sentence
 * @param check its measurable form, or null when the claim states no checkable number
 * @param evidence figures and external measures that bear on it
 */
public record Claim(
    String id,
    String country,
    Attribution said,
    String statement,
    Check check,
    EvidenceLinks evidence) {}
