/** API tokens and the roles they carry. */
package org.techsov.core.access;
