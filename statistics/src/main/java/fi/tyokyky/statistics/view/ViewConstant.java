package fi.tyokyky.statistics.view;

/**
 * A {@code constant} of the view, referred to in FHIRPath as {@code %name}.
 *
 * @param name the constant's name; never null
 * @param type the FHIR primitive type taken from the {@code value[x]} suffix, e.g. {@code code} for
 *     {@code valueCode}; never null
 * @param value the value in FHIR's string form (numbers and booleans as their JSON text); never
 *     null
 */
public record ViewConstant(String name, String type, String value) {}
