package org.techsov.core.programme;

/**
 * How far a domestic process node is behind a peer's.
 *
 * @param peer the peer's holder code, e.g. {@code USA}
 * @param domesticNm the domestic node
 * @param peerNm the peer's node
 * @param generationsBehind {@code ln(domestic/peer) / ln(1/0.7)}
 * @param yearsBehindAtPace years the frontier took, at its historic pace, to cover the same ratio
 */
public record NodeGap(
    String peer,
    double domesticNm,
    double peerNm,
    double generationsBehind,
    double yearsBehindAtPace) {}
