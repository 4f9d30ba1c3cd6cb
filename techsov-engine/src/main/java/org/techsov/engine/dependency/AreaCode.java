package org.techsov.engine.dependency;

/**
 * One code of a technology area as stored: HS6 product {@code p} is in the area when {@code p /
 * divisor == value} (divisor 10000 for a chapter, 100 for a heading, 1 for a subheading).
 */
record AreaCode(String area, int divisor, int value) {}
