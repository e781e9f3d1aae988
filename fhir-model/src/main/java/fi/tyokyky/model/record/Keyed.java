package fi.tyokyky.model.record;

/**
 * A record with a business key: the identifier under which the submission creates or updates it
 * (conditional create or update), and under which other records refer to it.
 */
public interface Keyed {

  /** The business key; never null. */
  BusinessIdentifier key();
}
