/** Plain JSON for the domain records via Jackson: {@link fi.tyokyky.model.json.DomainJson}. */
package fi.tyokyky.model.json;
