/**
 * Mapping between the records of {@code fi.tyokyky.model.record} and HAPI's R4 resources: one
 * {@link fi.tyokyky.model.fhir.ResourceMapper} per record, both directions, setting {@code
 * meta.profile}, fixed codes, categories, units and identifier systems from the package; and {@link
 * fi.tyokyky.model.fhir.ExaminationBundleMapper} for a whole examination as the package's
 * transaction Bundle of conditional creates and updates.
 */
package fi.tyokyky.model.fhir;
