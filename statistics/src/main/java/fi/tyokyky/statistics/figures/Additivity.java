package fi.tyokyky.statistics.figures;

/** How the cells of a stratifier relate to the population they divide. */
public enum Additivity {
  /**
   * Every unit of the population is in exactly one stratum, so the cells sum to the population
   * (e.g. consultation contacts by referral source). This is checked, and it is what lets a reader
   * derive one cell from the population and the others, so suppression protects such cells with
   * secondary suppression. A stratifier where a unit is in at most one stratum should name the rest
   * as a stratum of its own (e.g. {@code none}) and be a partition.
   */
  PARTITION,
  /**
   * A unit may be in any number of strata, or none (e.g. network participation by organisation
   * type: a client's network can hold several kinds of organisation). No cell can be derived from
   * the others; each cell is still at most the population.
   */
  OVERLAPPING
}
