/**
 * Contracts that the modules around core implement: stores that load and hold trade flows, and
 * progress reporting for long work. Core defines them; adapters live in their own modules.
 */
package org.techsov.core.spi;
