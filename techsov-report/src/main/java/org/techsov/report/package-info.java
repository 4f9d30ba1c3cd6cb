/** The country report. */
package org.techsov.report;
