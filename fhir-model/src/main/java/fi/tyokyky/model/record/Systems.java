package fi.tyokyky.model.record;

import fi.tyokyky.model.code.TyokykyCodeSystem;

/** Code system URLs the records need for codes that are not enums of this library. */
final class Systems {

  static final String LOINC = "http://loinc.org";
  static final String TYOKYKY_OBSERVATION = TyokykyCodeSystem.TYOKYKY_OBSERVATION.url();

  private Systems() {}
}
