package org.techsov.core.spi;

import java.util.List;
import org.techsov.core.programme.Catalogue;
import org.techsov.core.programme.Claim;
import org.techsov.core.programme.Figure;
import org.techsov.core.programme.Programme;
import org.techsov.core.programme.Source;
import org.techsov.core.programme.Technology;

/**
 * A store that holds the catalogue of sources, critical technologies, substitution programmes,
 * claims and vendor replacements (see {@link Catalogue}). Implementations: the embedded DuckDB
 * store and the PostgreSQL registry shared by several users.
 *
 * <p>Contract, checked against every implementation by the same test suite:
 *
 * <ul>
 *   <li>Every save is one transaction: it stores the whole result or, on any failure, nothing.
 *   <li>What is stored is always a valid catalogue: a save whose result breaks a rule of the
 *       catalogue (a figure without source, a claim citing a missing series) is refused before
 *       anything is written.
 *   <li>{@link #load()} returns a catalogue equal to the one saved (with {@link SaveMode#REPLACE}),
 *       in the same order: items, observations, targets and evidence keep the order they were saved
 *       in.
 *   <li>Unknown programme or series ids are {@code NO_DATA} errors that list the known ids.
 * </ul>
 */
public interface CatalogueStore {
  /** How a save treats what is already stored. */
  enum SaveMode {
    /** The stored catalogue becomes exactly the one saved. */
    REPLACE,
    /**
     * Merge by id (see {@link org.techsov.core.programme.CatalogueMerge#byId}): saved items replace
     * stored items with the same id in place, new items are appended after the stored ones.
     */
    MERGE
  }

  /**
   * Saves a catalogue atomically and returns the catalogue stored afterwards.
   *
   * @throws org.techsov.core.error.TechsovException {@code INVALID_ARGUMENT} if the merged result
   *     is not a valid catalogue (nothing is written), or a store error
   */
  Catalogue save(Catalogue catalogue, SaveMode mode);

  /** The stored catalogue; {@link Catalogue#EMPTY} when nothing is stored. */
  Catalogue load();

  /** True when no item of any kind is stored. */
  boolean isEmpty();

  /** The stored programmes, in catalogue order. */
  List<Programme> programmes();

  /** The stored technologies, in catalogue order. */
  List<Technology> technologies();

  /** The stored claims, in catalogue order. */
  List<Claim> claims();

  /**
   * The programme with this id.
   *
   * @throws org.techsov.core.error.TechsovException {@code NO_DATA} listing the known ids
   */
  Programme programme(String id);

  /**
   * Appends observations to a programme's series in one transaction, with the sources they cite
   * that the store does not hold yet (a source already stored with the same id must be identical).
   *
   * @return the programme as stored afterwards
   * @throws org.techsov.core.error.TechsovException {@code NO_DATA} for an unknown programme or
   *     series, {@code INVALID_ARGUMENT} if an observation breaks a rule (nothing is written)
   */
  Programme addObservations(
      String programmeId, String seriesId, List<Figure> observations, List<Source> sources);

  /** Where the catalogue is stored, for messages, e.g. {@code store techsov.duckdb}. */
  String describe();
}
